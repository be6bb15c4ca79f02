import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue, Release } from '../data/index.ts';
import { displayPath } from '../data/table.ts';
import { CHECKSUMS, CSV_METADATA, DATAPACKAGE, publishedFile, sha256Of, type PublishedFile } from '../downloads/release-files.ts';

// A release's files are written once, by `npm run release`, into <data folder>/releases/<version>/ and
// committed. The site serves them byte for byte at /data/v<version>/, so a later change to data/ or to the
// code that makes the files cannot change a release that someone has cited.

/** Returns the folder of a release's frozen files. */
export const snapshotDir = (dataDir: string, version: string) => join(dataDir, 'releases', version);

/** The frozen files of one release, in the order its sha256sums.txt lists them, that file last. */
export interface Snapshot {
  release: Release;
  files: PublishedFile[];
}

/** Returns a release's frozen files, or the issues that stop them being trusted (missing, changed, extra files). */
export function readSnapshot(dataDir: string, release: Release): { snapshot?: Snapshot; issues: DataIssue[] } {
  const dir = snapshotDir(dataDir, release.version);
  const file = displayPath(dir);
  if (!existsSync(join(dir, CHECKSUMS))) {
    return { issues: [{ file, expected: `expected the frozen files of release ${release.version} with their ${CHECKSUMS}, found none (run npm run release)` }] };
  }
  const sums = readFileSync(join(dir, CHECKSUMS), 'utf8');
  const listed = sums.split('\n').filter((line) => line !== '').map((line) => {
    const [sha256 = '', name = ''] = line.split(/ [ *]/);
    return { sha256, name };
  });
  const issues: DataIssue[] = [];
  const files: PublishedFile[] = [];
  for (const { sha256, name } of listed) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      issues.push({ file: displayPath(path), expected: `expected this file, as ${CHECKSUMS} lists it, found none` });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    const actual = sha256Of(bytes);
    if (actual !== sha256) {
      issues.push({ file: displayPath(path), expected: `expected SHA-256 ${sha256}, as ${CHECKSUMS} lists it: a released file never changes`, found: actual });
      continue;
    }
    files.push(frozenFile(name, bytes));
  }
  const known = new Set([...listed.map((entry) => entry.name), CHECKSUMS]);
  for (const name of readdirSync(dir).filter((entry) => !known.has(entry))) {
    issues.push({ file: displayPath(join(dir, name)), expected: `expected only the files that ${CHECKSUMS} lists, found one more` });
  }
  files.push(frozenFile(CHECKSUMS, new Uint8Array(readFileSync(join(dir, CHECKSUMS)))));
  return issues.length > 0 ? { issues } : { snapshot: { release, files }, issues };
}

/** Returns the frozen files of every release that has them intact, oldest first (checkReleases reports the rest). */
export function readSnapshots(dataDir: string, releases: readonly Release[]): Snapshot[] {
  return releases.flatMap((release) => readSnapshot(dataDir, release).snapshot ?? []);
}

/**
 * Returns every problem with the releases: a frozen release missing or changed, or the latest one not made
 * of the files that data/ makes now.
 */
export function checkReleases(dataDir: string, releases: readonly Release[], current: readonly PublishedFile[]): DataIssue[] {
  const latest = releases.at(-1);
  const earlier = releases.slice(0, -1).flatMap((release) => readSnapshot(dataDir, release).issues);
  return [...earlier, ...(latest ? checkLatestRelease(dataDir, latest, current) : [])];
}

/**
 * Returns the issues that stop the latest release from being what the site serves under /data/: its frozen
 * files missing, changed, or different from the files that data/ makes now (data/ changed after the release).
 */
export function checkLatestRelease(dataDir: string, latest: Release, current: readonly PublishedFile[]): DataIssue[] {
  const { snapshot, issues } = readSnapshot(dataDir, latest);
  if (!snapshot) return issues;
  const frozen = new Map(snapshot.files.map((file) => [file.name, file]));
  const changed = current.filter((file) => frozen.get(file.name)?.sha256 !== file.sha256).map((file) => file.name);
  const gone = snapshot.files.filter((file) => !current.some((candidate) => candidate.name === file.name)).map((file) => file.name);
  if (changed.length === 0 && gone.length === 0) return [];
  return [{
    file: displayPath(snapshotDir(dataDir, latest.version)),
    expected: `expected the files of release ${latest.version} to be those that the data makes now, found ${[...changed, ...gone].join(', ')} different: `
      + 'the data (or the code that makes the files) changed after the release. Make a release that says what changed: npm run release -- "…"',
  }];
}

/** Writes a release's files into its snapshot folder; refuses to touch a folder that exists. */
export function writeSnapshot(dataDir: string, version: string, files: readonly PublishedFile[]): string {
  const dir = snapshotDir(dataDir, version);
  if (existsSync(dir)) throw new Error(`${displayPath(dir)} exists: a release is frozen once written. Add a new release to releases.csv instead.`);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
  return dir;
}

function frozenFile(name: string, bytes: Uint8Array<ArrayBuffer>): PublishedFile {
  // Same name, format and dataset as when it was made; the bytes are the frozen ones.
  const isData = /\.(?:csv|json)$/.test(name) && ![DATAPACKAGE, CSV_METADATA].includes(name);
  return publishedFile(name, bytes, isData ? name.replace(/\.(?:csv|json)$/, '') : null);
}

/**
 * Returns the static paths of the frozen files with one extension, for the endpoints under
 * /data/v[version]/: one per release and file, with that release's files (`filesOf`, its frozen files unless
 * told) as props.
 */
export function frozenFileRoutes(snapshots: readonly Snapshot[], extension: string, filesOf = (snapshot: Snapshot) => snapshot.files) {
  return snapshots.flatMap((snapshot) => {
    const files = filesOf(snapshot);
    return files
      .filter((file) => file.name.endsWith(`.${extension}`))
      .map((file) => ({ params: { version: snapshot.release.version, name: file.name.slice(0, -extension.length - 1) }, props: { files } }));
  });
}
