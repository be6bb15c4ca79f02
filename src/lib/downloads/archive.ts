// A release's files in one ZIP, byte for byte the same on every run and every machine, so that its checksum can
// be published and checked like any other file's. fflate writes nothing it is not given: no clock, no file
// system, no extra fields (so no Unix timestamps beside the DOS one), one central directory in the files' order.
import { zipSync, type Zippable } from 'fflate';
import type { Release } from '../data/index.ts';
import { CHECKSUMS, checksumsFile, DATAPACKAGE, publishedFile, type PublishedFile } from './release-files.ts';
import { parseFrozenDataPackage, README, renderReleaseReadme } from './release-readme.ts';

/** A file to put in the ZIP. */
export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

// Made by Unix (APPNOTE 4.4.2), so that unzip gives each file the mode in the upper 16 bits of its external
// attributes (rw-r--r--, and rwxr-xr-x for the folder) instead of one that depends on the machine.
const UNIX = 3;
const FILE_ATTRIBUTES = 0o100644 << 16;
// The folder also sets MS-DOS's directory bit (0x10), which Windows' own unzip reads.
const FOLDER_ATTRIBUTES = (0o40755 << 16) | 0x10;
// The strongest deflate: the files are small. The bytes depend on fflate's version, which package.json pins.
const LEVEL = 9;

/** Returns the name of the one folder a release's ZIP holds, for example boston-detainer-data-v2026.11.30. */
export const releaseArchiveFolder = (packageName: string, version: string) => `${packageName}-v${version}`;

/**
 * Returns the files of a release's ZIP, in order: its frozen files as its sha256sums.txt lists them, a README.md
 * made from its own frozen datapackage.json, and last a sha256sums.txt of them all (the frozen one does not
 * list the README).
 */
export function releaseArchiveFiles(frozen: readonly PublishedFile[], release: Pick<Release, 'version' | 'date' | 'changes'>, site: URL | undefined): PublishedFile[] {
  const datapackage = frozen.find((file) => file.name === DATAPACKAGE);
  if (!datapackage) throw new Error(`Release ${release.version} has no frozen ${DATAPACKAGE}`);
  const contents = frozen.filter((file) => file.name !== CHECKSUMS);
  const names = [...contents.map((file) => file.name), README, CHECKSUMS];
  const readme = publishedFile(README, renderReleaseReadme(parseFrozenDataPackage(datapackage.bytes), release, names, site));
  const described = [...contents, readme];
  return [...described, checksumsFile(described)];
}

/**
 * Returns a ZIP of `files`, in their order, inside one folder `folder`/ (so that unzipping it never scatters files
 * among a reader's own), every entry dated midnight of `date` (YYYY-MM-DD, the release's day). The same files
 * and date give the same bytes on any machine and in any time zone.
 */
export function releaseArchive(files: readonly ArchiveEntry[], date: string, folder: string): Uint8Array {
  const mtime = localMidnight(date);
  const entries: Zippable = { [`${folder}/`]: [new Uint8Array(0), { level: 0, os: UNIX, attrs: FOLDER_ATTRIBUTES, mtime }] };
  for (const file of files) {
    const path = `${folder}/${file.name}`;
    if (file.name === '' || file.name.includes('/')) throw new Error(`Expected a file name without a folder, found "${file.name}"`);
    if (path in entries) throw new Error(`${file.name} is twice among the files of ${folder}`);
    entries[path] = [file.bytes, { level: LEVEL, os: UNIX, attrs: FILE_ATTRIBUTES, mtime }];
  }
  // Every key holds a "/", so none is an array index, which objects put first: the order is the files' order.
  return zipSync(entries);
}

/**
 * Returns midnight of a day in this machine's time zone. A ZIP's DOS time has no time zone, and fflate writes it
 * from the Date's local hours, so local midnight is what makes the entries read 00:00 of the day everywhere.
 */
function localMidnight(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Expected the release's date as YYYY-MM-DD, found "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) !== date) throw new Error(`Expected a real date, found "${date}"`);
  const midnight = new Date(year, month - 1, day);
  // A zone that skips midnight on its daylight-saving day has no such time: refuse rather than write 01:00.
  if (midnight.getDate() !== day || midnight.getHours() !== 0) {
    throw new Error(`${date} 00:00 does not exist in this machine's time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}); set TZ=UTC to make the ZIP`);
  }
  return midnight;
}
