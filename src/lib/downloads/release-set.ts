import type { Strings } from '../catalog/common.ts';
import { PACKAGE_NAME } from '../catalog/package.ts';
import type { DataPackage } from '../catalog/types.ts';
import type { Release } from '../data/index.ts';
import type { Snapshot } from '../releases/snapshots.ts';
import { releaseArchive, releaseArchiveFiles, releaseArchiveFolder } from './archive.ts';
import { CHECKSUMS, checksumsFile, dataFiles, publishedFile, type PublishedFile } from './release-files.ts';

// All the files of a release, as `npm run release` freezes them and /data/ serves the latest: the data files,
// a README, the whole release in one ZIP, and sha256sums.txt. The ZIP holds the others and a sha256sums.txt of
// them; the sha256sums.txt beside it lists the ZIP too (no file can hold its own checksum).

/** The whole release in one file; the one folder inside it names the version. */
export const ARCHIVE = `${PACKAGE_NAME}.zip`;

/** Returns the ZIP of a release's files (without README and checksums, which it adds), dated the release's day. */
function archiveOf(files: readonly PublishedFile[], release: Pick<Release, 'version' | 'date' | 'changes'>) {
  // A frozen file never depends on where the site is deployed: no site address in the README.
  const inside = releaseArchiveFiles(files, release, undefined);
  const zip = publishedFile(ARCHIVE, new Uint8Array(releaseArchive(inside, release.date, releaseArchiveFolder(PACKAGE_NAME, release.version))));
  return { inside, zip };
}

/** Returns every file of a release of the data that `pkg` describes, in the order sha256sums.txt lists them. */
export function releaseFiles(pkg: DataPackage, t: Strings, release: Pick<Release, 'version' | 'date' | 'changes'>): PublishedFile[] {
  const { inside, zip } = archiveOf(dataFiles(pkg, t), release);
  const beside = [...inside.filter((file) => file.name !== CHECKSUMS), zip];
  return [...beside, checksumsFile(beside)];
}

/**
 * Returns the files a release's page offers: its frozen files and, for a release frozen before releases had a
 * ZIP, one made now from those files in the same way. Its checksum is then not in the release's
 * sha256sums.txt, which never changes.
 */
export function releaseDownloads(snapshot: Snapshot): { files: PublishedFile[]; isArchiveLater: boolean } {
  if (snapshot.files.some((file) => file.name === ARCHIVE)) return { files: snapshot.files, isArchiveLater: false };
  return { files: [...snapshot.files, archiveOf(snapshot.files, snapshot.release).zip], isArchiveLater: true };
}
