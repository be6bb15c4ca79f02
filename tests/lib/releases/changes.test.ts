import { describe, expect, it } from 'vitest';
import { loadData, type Release } from '../../../src/lib/data/index.ts';
import { publishedFile } from '../../../src/lib/downloads/release-files.ts';
import { changesNothing, figureCorrections, releaseChanges, type FrozenFigure } from '../../../src/lib/releases/changes.ts';
import { readSnapshots, type Snapshot } from '../../../src/lib/releases/snapshots.ts';
import { changesAsText, changesView } from '../../../src/lib/views/release-changes.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const figure = (year: number, value: number | null, extra: Partial<FrozenFigure> = {}): FrozenFigure => ({
  year, measure: 'detainer_requests', reported_by: 'BPD', value, unit: 'count', source_id: 'bpd-letter-2025', derived: false, note: null, ...extra,
});
/** A release's frozen files as the comparison reads them: its figures and sources as JSON. */
function snapshot(version: string, figures: FrozenFigure[], sources: object[] = [{ id: 'bpd-letter-2025', title: null }]): Snapshot {
  const release: Release = { version, date: version.slice(0, 10).replaceAll('.', '-'), changes: `Release ${version}.`, line: 2 };
  return { release, files: [publishedFile('detainer-figures.json', JSON.stringify(figures)), publishedFile('sources.json', JSON.stringify(sources))] };
}

describe('what each release changed, from the frozen files', () => {
  const history = releaseChanges([
    snapshot('2027.01.05', [figure(2025, 57), figure(2025, 16, { measure: 'dedicated_line_share_as_count', derived: true })]),
    snapshot('2027.01.05.2', [figure(2025, 61), figure(2025, 17, { measure: 'dedicated_line_share_as_count', derived: true }), figure(2026, 40)],
      [{ id: 'bpd-letter-2025', title: null }, { id: 'new-report', title: 'A report' }]),
    snapshot('2027.02.01', [figure(2025, 61, { note: 'Reworded.' }), figure(2026, 40)], [{ id: 'new-report', title: 'A report, retitled' }]),
  ]);

  it('lists everything as added in the first release', () => {
    expect(history[0]?.previous_version).toBeNull();
    expect(history[0]?.figures.added.map((change) => [change.year, change.measure, change.new_value])).toEqual([
      [2025, 'dedicated_line_share_as_count', 16], [2025, 'detainer_requests', 57],
    ]);
    expect(history[0]?.sources.added).toEqual([{ id: 'bpd-letter-2025' }]);
  });

  it('gives a corrected value as old → new, an added year, a new source, and the release’s own reason', () => {
    const second = history[1];
    expect(second?.previous_version).toBe('2027.01.05');
    expect(second?.reason).toBe('Release 2027.01.05.2.');
    expect(second?.figures.added).toEqual([{ year: 2026, measure: 'detainer_requests', reported_by: 'BPD', unit: 'count', derived: false, new_value: 40 }]);
    expect(second?.figures.changed.map((change) => [change.measure, change.old_value, change.new_value, change.fields, change.derived])).toEqual([
      ['dedicated_line_share_as_count', 16, 17, ['value'], true],
      ['detainer_requests', 57, 61, ['value'], false],
    ]);
    expect(second?.sources).toEqual({ added: [{ id: 'new-report' }], changed: [], removed: [] });
  });

  it('names the columns that changed, and what was removed', () => {
    const third = history[2];
    expect(third?.figures.changed).toEqual([expect.objectContaining({ year: 2025, old_value: 61, new_value: 61, fields: ['note'] })]);
    expect(third?.figures.removed.map((change) => [change.measure, change.old_value])).toEqual([['dedicated_line_share_as_count', 17]]);
    expect(third?.sources.changed).toEqual([{ id: 'new-report', fields: ['title'] }]);
    expect(third?.sources.removed).toEqual([{ id: 'bpd-letter-2025' }]);
  });

  it('keeps a figure’s corrections of value, not of wording, and never a derived figure’s', () => {
    expect([...figureCorrections(history)]).toEqual([
      ['2025 detainer_requests BPD', [{ version: '2027.01.05.2', date: '2027-01-05', old_value: 57, new_value: 61 }]],
    ]);
  });

  it('a release of the same files changes nothing', () => {
    const same = releaseChanges([snapshot('2027.01.05', [figure(2025, 57)]), snapshot('2027.01.06', [figure(2025, 57)])]);
    expect(same.map(changesNothing)).toEqual([false, true]);
  });
});

describe('the real releases in data/', () => {
  const data = loadData({ dataDir: 'data', today: TODAY });
  const history = releaseChanges(readSnapshots('data', data.releases));

  it('2026.11.30 changed wording only: notes and source columns, no value', () => {
    const release = history.find((entry) => entry.version === '2026.11.30');
    expect(release?.figures.added).toEqual([]);
    expect(release?.figures.removed).toEqual([]);
    expect(release?.figures.changed.every((change) => change.old_value === change.new_value && !change.fields?.includes('value'))).toBe(true);
    // sources.csv gained a `name` column: a source whose name stays empty did not change.
    expect(release?.sources.changed.find((change) => change.id === 'wbur-fax')).toBeUndefined();
    expect(release?.sources.changed.find((change) => change.id === 'bpd-letter-2025')?.fields).toEqual(expect.arrayContaining(['title', 'name']));
  });

  it('reads as plain lines, derived figures labelled, in English and another language', () => {
    const first = history[0];
    if (!first) throw new Error('no release');
    const english = changesAsText(changesView(first, data, 'en'), 'en');
    expect(english).toMatch(/^Figures added: /);
    expect(english).toContain('(2025) (derived): 16');
    expect(english).toContain('Sources added: ');
    expect(changesAsText(changesView(first, data, 'es'), 'es')).toMatch(/^Cifras añadidas: /);
  });
});
