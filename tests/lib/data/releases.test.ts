import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/index.ts';
import { compareVersions } from '../../../src/lib/data/rules.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

const releases = (name: string) => ({ 'releases.csv': `tests/fixtures/releases/${name}.csv` });

describe('data/releases.csv', () => {
  it('holds the first release of the real data', () => {
    expect(loadData({ dataDir: 'data', today: TODAY }).releases.map(({ version, date }) => [version, date])).toEqual([['2026.11.23', '2026-11-23'], ['2026.11.30', '2026-11-30'], ['2026.12.07', '2026-12-07']]);
  });

  it.each([
    ['a version that is not a date with dots', 'bad-version', [
      'releases.csv:3:1 version: expected a version made of the release date with dots, for example 2026.11.23 (2026.11.23.2 for a second release that day), found "2026.11.1"',
    ]],
    ['a version that is not its date', 'version-not-date', [
      'releases.csv:2:1 version: expected the version to be the release date with dots, 2026.11.22, found "2026.11.23"',
    ]],
    ['releases out of order', 'out-of-order', [
      'releases.csv:3:1 version: expected releases oldest first: this one after 2026.11.23 on line 2, found "2026.11.20"',
    ]],
    ['a version used twice', 'duplicate-version', [
      'releases.csv:3:1 version: expected each version once; line 2 already uses it, found "2026.11.23"',
    ]],
    ['a release dated after today', 'future-date', [
      'releases.csv:3:2 date: expected a date no later than today, 2026-11-30, found "2026-12-01"',
    ]],
    ['a date that does not exist and a release with no changes', 'bad-date-no-changes', [
      'releases.csv:2:2 date: expected a real calendar date as YYYY-MM-DD, found "2026-02-30"',
      'releases.csv:3:3 changes: expected a summary of what changed, found ""',
    ]],
  ])('rejects %s with its line and column', (_name, fixture, expected) => {
    expect(messagesFor(fixtureData(`releases-${fixture}`, releases(fixture)))).toEqual(expected);
  });

  it('accepts a second release on the same day, numbered .2', () => {
    const dir = fixtureData('releases-same-day', releases('same-day'));
    expect(messagesFor(dir)).toEqual([]);
    expect(loadData({ dataDir: dir, today: TODAY }).releases.map((release) => release.version)).toEqual(['2026.11.23', '2026.11.23.2']);
  });

  it('asks for the file when it is missing', () => {
    const dir = fixtureData('releases-missing', {});
    rmSync(`${dir}/releases.csv`);
    expect(messagesFor(dir)).toEqual(["releases.csv: expected this file, found none"]);
  });
});

describe('compareVersions', () => {
  it('orders by date, then by the same-day number', () => {
    expect(['2026.11.23.2', '2026.12.01', '2026.11.23', '2026.11.23.10', '2025.01.31'].toSorted(compareVersions))
      .toEqual(['2025.01.31', '2026.11.23', '2026.11.23.2', '2026.11.23.10', '2026.12.01']);
  });
});
