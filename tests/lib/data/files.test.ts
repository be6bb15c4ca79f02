import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadData, validateData } from '../../../src/lib/data/index.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/data/files.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

// File-system problems are one plain issue naming the file, never an exception. Folders and links are made
// here, in the test's own data folder, as git does not hold them well.

/** Returns a copy of the base data with figures.csv replaced by whatever `make` puts at its path. */
function dataWith(name: string, make: (path: string) => void): string {
  const dir = fixtureData(`files-${name}`, {});
  const path = join(dir, 'figures.csv');
  rmSync(path);
  make(path);
  return dir;
}

describe('a data file that cannot be read as a file', () => {
  it('a folder named figures.csv', () => {
    expect(messagesFor(dataWith('folder', (path) => mkdirSync(path)))).toEqual(['figures.csv: expected a file, found a folder']);
  });

  it('a broken symbolic link', () => {
    expect(messagesFor(dataWith('broken-link', (path) => symlinkSync('nowhere.csv', path)))).toEqual([
      'figures.csv: expected a file, found a symbolic link to nowhere.csv, which does not exist',
    ]);
  });

  it('a symbolic link that leads back to itself', () => {
    expect(messagesFor(dataWith('looping-link', (path) => symlinkSync('figures.csv', path)))).toEqual([
      'figures.csv: expected a file, found a symbolic link that leads back to itself',
    ]);
  });

  it('a file larger than any data file should be', () => {
    const dir = dataWith('too-large', (path) => writeFileSync(path, `year,measure,reported_by,value,source_id,note\n${' '.repeat(MAX_FILE_BYTES)}`));
    expect(messagesFor(dir)).toEqual(['figures.csv: expected a file of at most 1,000,000 bytes, found 1,000,046 bytes']);
  });

  it.skipIf(process.platform === 'win32')('a named pipe, which would make the reader wait for ever', () => {
    const dir = dataWith('pipe', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0));
    expect(messagesFor(dir)).toEqual(['figures.csv: expected a file, found a special file (a pipe, socket or device)']);
  });

  // root reads any file, so the permission cannot be tested as root.
  it.skipIf(process.getuid?.() === 0)('a file this user may not read (SKIPPED when run as root, who can read every file)', () => {
    const dir = dataWith('unreadable', (path) => {
      copyFileSync('tests/fixtures/base/figures.csv', path);
      chmodSync(path, 0o000);
    });
    expect(messagesFor(dir)).toEqual(['figures.csv: expected a file that can be read, found one this user may not read (permission denied)']);
  });

  it('a data folder that does not exist: one line, not one per file', () => {
    const dir = join(fixtureData('files-no-folder', {}), 'missing');
    expect(validateData({ dataDir: dir, today: TODAY }).issues.map(formatIssue)).toEqual([`${dir}: expected a folder holding the data files, found none`]);
  });

  it('accepts a symbolic link to a good file', () => {
    const dir = dataWith('good-link', (path) => symlinkSync(join(process.cwd(), 'tests/fixtures/figures/not-reported.csv'), path));
    expect(loadData({ dataDir: dir, today: TODAY }).figures.map((figure) => figure.value)).toEqual([null]);
  });
});
