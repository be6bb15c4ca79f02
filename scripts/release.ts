// `npm run release -- "Adds BPD's count for 2026."`: makes a release of data/ (or $DATA_DIR) in one command.
// It appends the release's row to releases.csv, dated today (UTC) with the next version of the day, then writes
// the files that data/ makes now into releases/<version>/, to be committed. It refuses an empty message and a
// release that would change no file. Without a message, it freezes a last row added to releases.csv by hand.
// A release that is already frozen is never rewritten.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePackage } from '../src/lib/catalog/package.ts';
import { dataDirectory, formatIssue, validateData, type Release, type SiteData } from '../src/lib/data/index.ts';
import { releaseFiles } from '../src/lib/downloads/release-set.ts';
import { useStrings } from '../src/lib/i18n/index.ts';
import { appendReleaseRow, isoToday, nextVersion, releaseMessage } from '../src/lib/releases/new-release.ts';
import { checkReleases, readSnapshot, snapshotDir, writeSnapshot } from '../src/lib/releases/snapshots.ts';

/** Why the command stops: said to the person, one line each, and exit status 1. */
class Refusal extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

const dataDir = dataDirectory();
const releasesCsv = join(dataDir, 'releases.csv');
const args = process.argv.slice(2);

function fail(lines: string[]): never {
  throw new Refusal(lines);
}

function validData(): SiteData {
  const { data, issues } = validateData();
  if (!data) fail([...issues.map(formatIssue), '', `The data has ${issues.length} problem(s); fix them (npm run check:data) before making a release.`]);
  return data;
}

const filesOf = (data: SiteData, release: Release) => releaseFiles(describePackage(data), useStrings('en'), release);

/** Writes the release's files; then checks that every release, this one included, is intact. */
function freeze(data: SiteData, release: Release): void {
  const files = filesOf(data, release);
  const dir = writeSnapshot(dataDir, release.version, files);
  console.log(`Froze release ${release.version} in ${dir}:`);
  for (const file of files) console.log(`  ${file.name}  ${file.size} bytes  sha256 ${file.sha256}`);
  console.log(`Commit this folder with data/. It is served at /data/v${release.version}/ and must never change.`);
  const broken = checkReleases(dataDir, data.releases, files);
  if (broken.length > 0) fail(broken.map(formatIssue));
}

/**
 * Returns the names of the files that differ from the latest frozen release's, or that it lacks, made as if
 * for that release again (its README and ZIP name it): none when neither the data nor the code that makes the
 * files has changed since.
 */
function changedFiles(data: SiteData, latest: Release): string[] {
  const { snapshot, issues } = readSnapshot(dataDir, latest);
  if (!snapshot) fail(issues.map(formatIssue));
  const frozen = new Map(snapshot.files.map((file) => [file.name, file.sha256]));
  return filesOf(data, latest).filter((file) => frozen.get(file.name) !== file.sha256).map((file) => file.name);
}

function main() {
  const data = validData();
  const latest = data.releases.at(-1);

  if (args.length === 0) {
    // A last row added by hand, the way releases were made before this command took a message.
    if (!latest || existsSync(snapshotDir(dataDir, latest.version))) {
      fail(['Say what changed in this release, in a sentence or two: npm run release -- "Adds BPD\'s count for 2026."']);
    }
    freeze(data, latest);
  } else {
    const given = releaseMessage(args);
    if ('error' in given) fail([given.error]);
    if (latest && !existsSync(snapshotDir(dataDir, latest.version))) {
      fail([`Release ${latest.version}, the last row of ${releasesCsv}, is not frozen yet: run npm run release without a message to freeze it, or remove that row.`]);
    }
    const date = isoToday();
    const version = nextVersion(data.releases, date);
    const draft = { version, date, changes: given.message };
    if (latest) {
      const changed = changedFiles(data, latest);
      if (changed.length === 0) fail([`Nothing to release: data/ makes exactly the files of release ${latest.version}. Change the data first.`]);
      console.log(`Changed since release ${latest.version}: ${changed.join(', ')}`);
    }
    const before = readFileSync(releasesCsv, 'utf8');
    writeFileSync(releasesCsv, appendReleaseRow(before, draft));
    try {
      const withRow = validData();
      const release = withRow.releases.at(-1);
      if (release?.version !== version) throw new Error(`expected ${version} as the last release of ${releasesCsv}`);
      freeze(withRow, release);
      console.log(`Added release ${version} to ${releasesCsv}.`);
    } catch (error) {
      // Nothing half-made is left behind: the row goes, and so does any folder written for it.
      writeFileSync(releasesCsv, before);
      rmSync(snapshotDir(dataDir, version), { recursive: true, force: true });
      throw error;
    }
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  for (const line of error.lines) console.error(line);
  process.exit(1);
}
