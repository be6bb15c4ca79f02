import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { isoToday, nextVersion } from '../../src/lib/releases/new-release.ts';
import { runRelease } from '../build/site.ts';

function copyOfData(name: string): string {
  const dir = join('tests/.output/release-script', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('data', dir, { recursive: true });
  return dir;
}
const latestVersion = (dir: string) => loadData({ dataDir: dir }).releases.at(-1)?.version ?? '';
const addYear = (dir: string) => appendFileSync(join(dir, 'figures.csv'), '2026,detainer_requests,BPD,,bpd-letter-2025,Not yet reported.\n');

describe('npm run release -- "message"', () => {
  it('appends the row with today’s date and version, and freezes every file of the release', () => {
    const dir = copyOfData('new-release');
    const earlier = latestVersion(dir);
    const before = readFileSync(join(dir, `releases/${earlier}/detainer-figures.csv`));
    const releasesBefore = readFileSync(join(dir, 'releases.csv'), 'utf8');
    const version = nextVersion(loadData({ dataDir: dir }).releases, isoToday());
    addYear(dir);
    const { status, output } = runRelease(dir, ["Adds 2026, which BPD's letter does not report yet."]);
    expect(output).toContain(`Froze release ${version}`);
    expect(status).toBe(0);
    expect(readFileSync(join(dir, 'releases.csv'), 'utf8')).toBe(`${releasesBefore}${version},${isoToday()},"Adds 2026, which BPD's letter does not report yet."\n`);
    const frozen = join(dir, 'releases', version);
    expect(readFileSync(join(frozen, 'detainer-figures.csv'), 'utf8')).toContain('\r\n2026,detainer_requests,,count,BPD,bpd-letter-2025,false,Not yet reported.\r\n');
    expect(readdirSync(frozen).toSorted()).toEqual([
      'README.md', 'boston-detainer-data.zip', 'csv-metadata.json', 'datapackage.json', 'detainer-figures.csv', 'detainer-figures.json',
      'detainer-requests-by-year.csv', 'detainer-requests-by-year.json', 'sha256sums.txt', 'sources.csv', 'sources.json',
    ]);
    // sha256sums.txt lists every other file, the ZIP among them.
    const listed = readFileSync(join(frozen, 'sha256sums.txt'), 'utf8').trimEnd().split('\n').map((line) => line.split('  ')[1]).toSorted();
    expect(listed).toEqual(readdirSync(frozen).filter((name) => name !== 'sha256sums.txt').toSorted());
    expect(readFileSync(join(dir, `releases/${earlier}/detainer-figures.csv`))).toEqual(before);
    // The data now makes exactly the new release: a build would go ahead.
    expect(runRelease(dir, []).output).toContain('Say what changed');
  });

  it('gives a second release the same day the next number: .2 after the day’s first', () => {
    const dir = copyOfData('same-day');
    addYear(dir);
    expect(runRelease(dir, ['Adds 2026 as not reported.']).status).toBe(0);
    const first = latestVersion(dir);
    writeFileSync(join(dir, 'figures.csv'), readFileSync(join(dir, 'figures.csv'), 'utf8').replace('Not yet reported.', 'Not reported by BPD yet.'));
    const { status, output } = runRelease(dir, ['Rewords the 2026 note.']);
    expect(output).toContain('Changed since release');
    expect(status).toBe(0);
    const second = latestVersion(dir);
    const day = isoToday().replaceAll('-', '.');
    expect(first.startsWith(day)).toBe(true);
    expect(second).toBe(first === day ? `${day}.2` : `${day}.${Number(first.slice(day.length + 1)) + 1}`);
  });

  it.each([[['']], [['   ']], [[]]])('refuses an empty message (%j), changing nothing', (args) => {
    const dir = copyOfData('empty-message');
    addYear(dir);
    const releases = readFileSync(join(dir, 'releases.csv'));
    const { status, output } = runRelease(dir, args);
    expect(status).toBe(1);
    expect(output).toContain('Say what changed in this release');
    expect(readFileSync(join(dir, 'releases.csv'))).toEqual(releases);
  });

  it('refuses a release that changes nothing', () => {
    const dir = copyOfData('nothing');
    const releases = readFileSync(join(dir, 'releases.csv'));
    const { status, output } = runRelease(dir, ['Nothing new.']);
    expect(status).toBe(1);
    expect(output).toContain(`Nothing to release: data/ makes exactly the files of release ${latestVersion(dir)}`);
    expect(readFileSync(join(dir, 'releases.csv'))).toEqual(releases);
  });

  it('leaves nothing behind when the new row is not valid data (an invisible character in the message)', () => {
    const dir = copyOfData('invalid-message');
    addYear(dir);
    const releases = readFileSync(join(dir, 'releases.csv'));
    const folders = readdirSync(join(dir, 'releases'));
    const { status, output } = runRelease(dir, ['Adds\u200B 2026.']);
    expect(status).toBe(1);
    expect(output).toMatch(/releases\.csv:\d+:\d+ changes/);
    expect(readFileSync(join(dir, 'releases.csv'))).toEqual(releases);
    expect(readdirSync(join(dir, 'releases'))).toEqual(folders);
  });

  it('freezes a last row added by hand when given no message, and refuses a message until that row is frozen', () => {
    const dir = copyOfData('by-hand');
    addYear(dir);
    const day = isoToday();
    const version = nextVersion(loadData({ dataDir: dir }).releases, day);
    appendFileSync(join(dir, 'releases.csv'), `${version},${day},Adds 2026 as not reported.\n`);
    const refused = runRelease(dir, ['Another release.']);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`Release ${version}, the last row of`);
    const { status, output } = runRelease(dir, []);
    expect(status).toBe(0);
    expect(output).toContain(`Froze release ${version}`);
    expect(existsSync(join(dir, 'releases', version, 'boston-detainer-data.zip'))).toBe(true);
  });
});
