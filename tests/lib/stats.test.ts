import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { agencyRatios, countsFromShares, latestYear, requestsByYear, seriesOf, yearOverYear } from '../../src/lib/stats.ts';
import { fixtureData, TODAY } from '../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'tests/fixtures/base', today: TODAY });

describe('derived figures', () => {
  it('finds the latest year with a BPD count', () => {
    expect(latestYear(data)).toBe(2025);
  });

  it('gives the change from the year before as a difference, and as a ratio only on a base of 10 or more', () => {
    const changes = yearOverYear(seriesOf(data.figures, 'detainer_requests', 'BPD'));
    expect(changes.map(({ year, difference, ratio }) => ({ year, difference, ratio }))).toEqual([
      { year: 2022, difference: 10, ratio: null },
      { year: 2023, difference: 7, ratio: 1.6 },
      { year: 2024, difference: -4, ratio: 0.8 },
      { year: 2025, difference: 42, ratio: 3.8 },
    ]);
  });

  it('computes no change across a gap in the years', () => {
    const dir = fixtureData('stats-gap', {
      'figures.csv': { text: 'year,measure,reported_by,value,source_id,note\n2021,detainer_requests,BPD,2,wbur-fax,\n2023,detainer_requests,BPD,19,wbur-fax,\n' },
    });
    const gapped = loadData({ dataDir: dir, today: TODAY });
    expect(yearOverYear(seriesOf(gapped.figures, 'detainer_requests', 'BPD'))).toEqual([]);
    expect(requestsByYear(gapped).map((row) => [row.year, row.received?.value ?? 'not reported'])).toEqual([
      [2021, 2], [2022, 'not reported'], [2023, 19],
    ]);
  });

  it('sets ICE’s count against BPD’s where both exist: 198 against 15 is 13.2 times', () => {
    expect(agencyRatios(data)).toEqual([
      {
        derived: true, year: 2024, issued: 198, received: 15, value: 13.2,
        issuedSourceId: 'wbur-fax', receivedSourceId: 'bpd-statement-2024', sourceIds: ['bpd-statement-2024', 'wbur-fax'],
      },
    ]);
  });

  it('derives a count from a share, rounded to the nearest whole number and labelled derived: 28% of 57 is about 16', () => {
    expect(countsFromShares(data)).toEqual([
      {
        derived: true, measure: 'dedicated_line_share', reportedBy: 'BPD', year: 2025,
        share: 28, total: 57, exact: 15.96, value: 16, sourceIds: ['bpd-letter-2025'],
      },
    ]);
  });

  it('lists every year from the first to the latest, with each agency’s count where there is one', () => {
    expect(requestsByYear(data).map((row) => [row.year, row.received?.value, row.issued?.value ?? null, row.change?.ratio ?? null])).toEqual([
      [2021, 2, null, null],
      [2022, 12, null, null],
      [2023, 19, null, 1.6],
      [2024, 15, 198, 0.8],
      [2025, 57, null, 3.8],
    ]);
  });
});
