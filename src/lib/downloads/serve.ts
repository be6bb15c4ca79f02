import { describePackage } from '../catalog/package.ts';
import type { SiteData } from '../data/index.ts';
import { useStrings } from '../i18n/index.ts';
import { releaseFiles, type PublishedFile } from './release-files.ts';

/** Returns the files of the latest release (its README and archive name it), made from the data as it is now. */
export const latestReleaseFiles = (data: SiteData) => releaseFiles(describePackage(data), useStrings('en'), data.releases.at(-1));

/** Returns the response that an endpoint gives for one file of a release: its exact bytes and media type. */
export function fileResponse(files: readonly PublishedFile[], name: string): Response {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`No file ${name} in the release (${files.map((candidate) => candidate.name).join(', ')})`);
  const type = file.format === 'ZIP' ? file.mediaType : `${file.mediaType}; charset=utf-8`;
  return new Response(file.bytes, { headers: { 'Content-Type': type } });
}
