// `npm run release`: freezes the latest release in data/releases.csv (or $DATA_DIR's): writes the files that
// data/ makes now into releases/<version>/, to be committed. A release that is already frozen is never
// rewritten; if data/ has changed since, the way forward is a new row in releases.csv.
import { existsSync } from 'node:fs';
import { describePackage } from '../src/lib/catalog/package.ts';
import { dataDirectory, formatIssue, validateData } from '../src/lib/data/index.ts';
import { releaseFiles } from '../src/lib/downloads/release-files.ts';
import { useStrings } from '../src/lib/i18n/index.ts';
import { checkLatestRelease, checkReleases, snapshotDir, writeSnapshot } from '../src/lib/releases/snapshots.ts';

const dataDir = dataDirectory();
const { data, issues } = validateData();
if (!data) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\nThe data has ${issues.length} problem(s); fix them (npm run check:data) before making a release.`);
  process.exit(1);
}
const latest = data.releases.at(-1);
if (!latest) throw new Error('releases.csv has no release');
const files = releaseFiles(describePackage(data), useStrings('en'));

if (existsSync(snapshotDir(dataDir, latest.version))) {
  const problems = checkLatestRelease(dataDir, latest, files);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatIssue(problem));
    process.exit(1);
  }
  console.log(`Release ${latest.version} is already frozen, and data/ still makes exactly its files. Nothing to do.`);
} else {
  const dir = writeSnapshot(dataDir, latest.version, files);
  console.log(`Froze release ${latest.version} in ${dir}:`);
  for (const file of files) console.log(`  ${file.name}  ${file.size} bytes  sha256 ${file.sha256}`);
  console.log('Commit this folder with data/. It is served at /data/v' + latest.version + '/ and must never change.');
}
// Every earlier release must still be intact.
const broken = checkReleases(dataDir, data.releases, files);
for (const problem of broken) console.error(formatIssue(problem));
if (broken.length > 0) process.exit(1);
