import { describe, expect, it } from 'vitest';
import { DataError, loadData } from '../../../src/lib/data/index.ts';
import { fixtureData, TODAY } from '../../helpers/fixture-data.ts';

describe('the real data in data/', () => {
  const data = loadData({ dataDir: 'data', today: TODAY });
  const figure = (year: number, measure: string, reportedBy: string) =>
    data.figures.find((row) => row.year === year && row.measure === measure && row.reportedBy === reportedBy)?.value;

  it('holds exactly the figures of the fact base', () => {
    const table = data.figures.map((row) => [row.year, row.measure, row.reportedBy, row.value, row.sourceId]);
    expect(table).toEqual([
      [2021, 'detainer_requests', 'BPD', 2, 'bpd-statement-2024'],
      [2022, 'detainer_requests', 'BPD', 12, 'bpd-statement-2024'],
      [2023, 'detainer_requests', 'BPD', 19, 'bpd-statement-2024'],
      [2024, 'detainer_requests', 'BPD', 15, 'bpd-statement-2024'],
      [2024, 'detainer_requests', 'ICE', 198, 'wbur-fax'],
      [2025, 'detainer_requests', 'BPD', 57, 'bpd-letter-2025'],
      [2025, 'dedicated_line_share', 'BPD', 28, 'bpd-letter-2025'],
      [2025, 'probable_cause_requests', 'BPD', 57, 'bpd-letter-2025'],
      [2025, 'transfers_to_ice_custody', 'BPD', 0, 'bpd-letter-2025'],
    ]);
  });

  it('keeps what is unknown unknown: no transfers figure before 2025, no ICE count but 2024', () => {
    for (const year of [2021, 2022, 2023, 2024]) expect(figure(year, 'transfers_to_ice_custody', 'BPD')).toBeUndefined();
    for (const year of [2021, 2022, 2023, 2025]) expect(figure(year, 'detainer_requests', 'ICE')).toBeUndefined();
  });

  it('holds the four sources of the fact base, with no invented web address or date', () => {
    expect(data.sources.map((source) => source.id)).toEqual(['wbur-fax', 'report-2025', 'bpd-letter-2025', 'bpd-statement-2024']);
    expect(data.sources.every((source) => source.url === null && source.published === null)).toBe(true);
    expect(data.sources.find((source) => source.id === 'wbur-fax')).toMatchObject({ publisher: 'WBUR', author: 'Deborah Becker' });
    expect(data.sources.find((source) => source.id === 'bpd-letter-2025')).toMatchObject({ author: 'Michael Cox', via: 'report-2025' });
  });

  it('reads the percentage as a share of the count measure', () => {
    expect(data.measures.find((measure) => measure.id === 'dedicated_line_share')).toMatchObject({ unit: 'percent', shareOf: 'detainer_requests' });
  });
});

describe('loadData', () => {
  it('throws one DataError that lists every problem', () => {
    const dir = fixtureData('load-three', { 'figures.csv': 'tests/fixtures/figures/three-mistakes.csv' });
    expect(() => loadData({ dataDir: dir, today: TODAY })).toThrow(DataError);
    try {
      loadData({ dataDir: dir, today: TODAY });
    } catch (error) {
      expect((error as DataError).issues).toHaveLength(3);
      expect((error as DataError).message).toContain('The data has 3 problems; nothing was published:');
    }
  });

  it('reads the folder named by DATA_DIR when no folder is given', () => {
    const dir = fixtureData('env-dir', { 'figures.csv': 'tests/fixtures/figures/not-reported.csv' });
    process.env['DATA_DIR'] = dir;
    try {
      expect(loadData({ today: TODAY }).figures).toHaveLength(1);
    } finally {
      delete process.env['DATA_DIR'];
    }
  });
});
