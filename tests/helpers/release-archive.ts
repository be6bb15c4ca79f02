import { TODAY } from './fixture-data.ts';
// The ZIP of a frozen release in data/releases/, as the release command will make it: used by
// tests/lib/downloads/archive.test.ts, which also runs this file under other time zones (TZ); run directly, it
// prints the SHA-256 of the ZIP of the release named by its first argument, dated by its second if given.
import { loadData } from '../../src/lib/data/index.ts';
import { releaseArchive, releaseArchiveFiles, releaseArchiveFolder } from '../../src/lib/downloads/archive.ts';
import { DATAPACKAGE, sha256Of } from '../../src/lib/downloads/release-files.ts';
import { parseFrozenDataPackage } from '../../src/lib/downloads/release-readme.ts';
import { readSnapshot } from '../../src/lib/releases/snapshots.ts';

const DATA_DIR = 'data';

/** Returns a frozen release of data/, its frozen files, the files of its ZIP and the ZIP. */
export function frozenReleaseArchive(version: string, site?: URL, date?: string) {
  const data = loadData({ dataDir: DATA_DIR, today: TODAY });
  const release = data.releases.find((candidate) => candidate.version === version);
  if (!release) throw new Error(`No release ${version} in ${DATA_DIR}/releases.csv`);
  const { snapshot, issues } = readSnapshot(DATA_DIR, release);
  if (!snapshot) throw new Error(`Release ${version} is not intact: ${JSON.stringify(issues)}`);
  const files = releaseArchiveFiles(snapshot.files, release, site);
  const datapackage = snapshot.files.find((file) => file.name === DATAPACKAGE);
  if (!datapackage) throw new Error(`Release ${version} has no ${DATAPACKAGE}`);
  const folder = releaseArchiveFolder(parseFrozenDataPackage(datapackage.bytes).name, version);
  return { release, frozen: snapshot.files, files, folder, zip: releaseArchive(files, date ?? release.date, folder) };
}

if (import.meta.main) {
  const [version = '', date] = process.argv.slice(2);
  process.stdout.write(sha256Of(frozenReleaseArchive(version, undefined, date).zip));
}
