import { describePackage } from '../catalog/package.ts';
import type { SiteData } from '../data/index.ts';
import { useStrings } from '../i18n/index.ts';
import { formatJson } from './json.ts';
import type { PublishedFile } from './release-files.ts';
import { releaseFiles } from './release-set.ts';

/** Returns the files of the latest release (its README and archive name it), made from the data as it is now. */
export function latestReleaseFiles(data: SiteData): PublishedFile[] {
  const latest = data.releases.at(-1);
  if (!latest) throw new Error('releases.csv has no release: the files of /data/ are those of the latest one');
  return releaseFiles(describePackage(data), useStrings('en'), latest);
}

/** Returns a JSON endpoint's response: the value as the site writes JSON (formatJson), typed as JSON. */
export const jsonResponse = (value: unknown) => new Response(formatJson(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** Returns the response that an endpoint gives for one file of a release: its exact bytes and media type. */
export function fileResponse(files: readonly PublishedFile[], name: string): Response {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`No file ${name} in the release (${files.map((candidate) => candidate.name).join(', ')})`);
  const type = file.format === 'ZIP' ? file.mediaType : `${file.mediaType}; charset=utf-8`;
  return new Response(file.bytes, { headers: { 'Content-Type': type } });
}
