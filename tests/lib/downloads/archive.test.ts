import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseArchive } from '../../../src/lib/downloads/archive.ts';
import { CHECKSUMS, sha256Of } from '../../../src/lib/downloads/release-files.ts';
import { README } from '../../../src/lib/downloads/release-readme.ts';
import { frozenReleaseArchive } from '../../helpers/release-archive.ts';

// The real frozen release data/releases/2026.11.30/, read only, zipped; then unzipped by Debian's unzip and checked
// by sha256sum, as someone who downloads it would. Without unzip these checks cannot run, and say so.
const VERSION = '2026.11.30';
const { release, frozen, files, folder, zip } = frozenReleaseArchive(VERSION);
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const UNZIP = has('unzip') && has('zipinfo');
const SKIPPED = UNZIP ? '' : ' (SKIPPED: unzip is not installed; apt-get install unzip, as .ci/run does, then run the tests again)';
if (!UNZIP) console.warn('\nThe ZIP checks with a real unzip did not run: no unzip or zipinfo on this machine. Install it (sudo apt-get install unzip, which .ci/run does) and run the tests again.\n');

/** Returns the SHA-256 of the release's ZIP made by a new Node process in time zone `tz`, and `date` if given. */
function archiveUnder(tz: string, date?: string) {
  const run = spawnSync(process.execPath, ['tests/helpers/release-archive.ts', VERSION, ...(date ? [date] : [])], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  return { sha256: run.stdout, status: run.status, stderr: run.stderr };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('releaseArchive', () => {
  it('makes the same bytes from the same files, call after call', () => {
    expect(releaseArchive(files, release.date, folder)).toEqual(zip);
    expect(frozenReleaseArchive(VERSION).zip).toEqual(zip);
  });

  it('makes the same bytes in every time zone: UTC, America/New_York and Asia/Tokyo', () => {
    const sums = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((tz) => archiveUnder(tz));
    for (const sum of sums) expect(sum.stderr).toBe('');
    console.log(`SHA-256 of the ZIP of ${VERSION} under TZ=UTC, America/New_York, Asia/Tokyo: ${sums.map((sum) => sum.sha256).join(', ')}`);
    expect(sums.map((sum) => sum.sha256)).toEqual([sha256Of(zip), sha256Of(zip), sha256Of(zip)]);
  });

  it('refuses a date whose midnight does not exist in the time zone, rather than dating the files 01:00', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026.
    const run = archiveUnder('America/Santiago', '2026-09-06');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('2026-09-06 00:00 does not exist in this machine\'s time zone (America/Santiago); set TZ=UTC');
    expect(archiveUnder('America/Santiago').sha256).toBe(sha256Of(zip));
  });

  it('refuses a file twice, a file name with a folder in it, and a date that is not a real day', () => {
    const file = { name: 'a.csv', bytes: bytes('a\r\n') };
    expect(() => releaseArchive([file, file], '2026-11-30', 'x')).toThrow('a.csv is twice among the files of x');
    expect(() => releaseArchive([{ ...file, name: 'b/a.csv' }], '2026-11-30', 'x')).toThrow('Expected a file name without a folder, found "b/a.csv"');
    expect(() => releaseArchive([file], '2026-02-30', 'x')).toThrow('Expected a real date, found "2026-02-30"');
    expect(() => releaseArchive([file], '30/11/2026', 'x')).toThrow('Expected the release\'s date as YYYY-MM-DD, found "30/11/2026"');
  });
});

describe('releaseArchiveFiles', () => {
  it('holds the frozen files in their order, then README.md, then a sha256sums.txt that lists them all', () => {
    const frozenNames = frozen.map((file) => file.name).filter((name) => name !== CHECKSUMS);
    expect(files.map((file) => file.name)).toEqual([...frozenNames, README, CHECKSUMS]);
    for (const name of frozenNames) expect(files.find((file) => file.name === name)?.bytes, name).toEqual(frozen.find((file) => file.name === name)?.bytes);
    const sums = new TextDecoder().decode(files.at(-1)?.bytes);
    // The frozen sha256sums.txt, in the same format, with the README's line added.
    expect(sums).toBe(`${new TextDecoder().decode(frozen.find((file) => file.name === CHECKSUMS)?.bytes)}${sha256Of(files.find((file) => file.name === README)?.bytes ?? new Uint8Array())}  ${README}\n`);
  });
});

describe(`the ZIP of release ${VERSION}, opened with a real unzip${SKIPPED}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-archive-'));
  const zipPath = join(dir, `${folder}.zip`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!UNZIP)('unzips into one folder holding exactly its files, byte for byte, which sha256sum -c finds OK', () => {
    writeFileSync(zipPath, zip);
    const unzip = spawnSync('unzip', ['-q', zipPath, '-d', join(dir, 'out')], { encoding: 'utf8' });
    expect(unzip.stderr).toBe('');
    expect(unzip.status).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual([folder]);
    const out = join(dir, 'out', folder);
    expect(readdirSync(out).sort()).toEqual(files.map((file) => file.name).sort());
    for (const file of files) expect(new Uint8Array(readFileSync(join(out, file.name))), file.name).toEqual(file.bytes);
    const check = spawnSync('sha256sum', ['-c', CHECKSUMS], { cwd: out, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toBe(files.slice(0, -1).map((file) => `${file.name}: OK\n`).join(''));
  });

  it.skipIf(!UNZIP)('dates every entry midnight of the release day, in any time zone, and gives the files rw-r--r--', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      // -T: the date and time as yyyymmdd.hhmmss, whatever the locale.
      const info = spawnSync('zipinfo', ['-T', zipPath], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
      expect(info.status).toBe(0);
      const entries = info.stdout.split('\n').filter((line) => line.includes(`${folder}/`));
      expect(entries.map((line) => line.split(/\s+/).at(-1))).toEqual([`${folder}/`, ...files.map((file) => `${folder}/${file.name}`)]);
      for (const line of entries) expect(line, tz).toMatch(/ 20261130\.000000 /);
      expect(entries[0]).toMatch(/^drwxr-xr-x /);
      for (const line of entries.slice(1)) expect(line).toMatch(/^-rw-r--r-- .* defN /);
    }
    const list = spawnSync('unzip', ['-l', zipPath], { encoding: 'utf8' }).stdout;
    console.log(list);
    // Debian's unzip writes the date as yyyy-mm-dd, older builds as mm-dd-yyyy.
    expect(list).toMatch(new RegExp(`(?:2026-11-30|11-30-2026) 00:00   ${folder}/README\\.md`));
  });
});
