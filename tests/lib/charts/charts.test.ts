import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCharts, arrivalChannelChart, requestsByYearChart, twoCountsChart, type Chart } from '../../../src/lib/charts/index.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { fixtureData, TODAY } from '../../helpers/fixture-data.ts';
import { barsOf, textsOf } from '../../helpers/svg.ts';

const data = loadData({ dataDir: 'tests/fixtures/base', today: TODAY });
const withNewYear = loadData({ dataDir: 'tests/fixtures/data-with-2026', today: TODAY });

/** Asserts that bar widths are proportional to the values, the same pixels per unit for every bar. */
function expectProportional(svg: string, values: number[]) {
  const bars = barsOf(svg);
  expect(bars).toHaveLength(values.length);
  const perUnit = (bars[0]?.width ?? 0) / (values[0] ?? 1);
  bars.forEach((bar, index) => expect(bar.width).toBeCloseTo((values[index] ?? 0) * perUnit, 6));
}

/** Asserts that the text alternative and the table name every value. */
function expectNamed(chart: Chart, values: string[]) {
  const table = chart.table.cells.flat().join(' | ');
  for (const value of values) {
    expect(chart.description, value).toContain(value);
    expect(table, value).toContain(value);
  }
}

describe('chart 1: requests by year', () => {
  const chart = requestsByYearChart(data, 'en');

  it('draws one bar per reported year, sized by its value, the latest emphasised', () => {
    // Plain bars come first in the SVG, then the emphasised one.
    expectProportional(chart.svg, [2, 12, 19, 15, 57]);
    expect(barsOf(chart.svg).filter((bar) => bar.isHighlighted)).toHaveLength(1);
    expect(textsOf(chart.svg)).toEqual(['2021', '2022', '2023', '2024', '2', '12', '19', '15', '2025', '57']);
  });

  it('states the finding in its title, counts first, and names every value in its text alternative and table', () => {
    expect(chart.title).toBe('Requests rose to 57 in 2025, from 15 in 2024');
    expectNamed(chart, ['2021', '2', '2022', '12', '2023', '19', '2024', '15', '2025', '57']);
    expect(chart.description).toBe('Horizontal bar chart, one bar per year. 2021: 2; 2022: 12; 2023: 19; 2024: 15; 2025: 57. The bar for 2025 is emphasised.');
  });

  it('notes ICE’s own count without charting it', () => {
    expect(chart.notes).toEqual(['ICE says it issued 198 in 2024; this chart shows only the counts that BPD gives.']);
  });

  it('gains a bar for a year added to the data', () => {
    const grown = requestsByYearChart(withNewYear, 'en');
    expect(barsOf(grown.svg)).toHaveLength(6);
    expect(grown.title).toBe('Requests rose to 64 in 2026, from 57 in 2025');
    expect(grown.table.rows.at(-1)).toEqual({ year: 2026, detainer_requests_received: 64, source_id: 'bpd-letter-2025' });
  });

  it('emphasises another year when asked, for that year’s page', () => {
    const chart2023 = requestsByYearChart(data, 'en', 2023);
    expect(chart2023.title).toBe('Requests rose to 19 in 2023, from 12 in 2022');
    expect(barsOf(chart2023.svg).find((bar) => bar.isHighlighted)?.width).toBeCloseTo(barsOf(chart.svg)[2]?.width ?? 0, 6);
  });

  it('writes "not reported" for a year with no figure, and draws no bar for it', () => {
    const dir = fixtureData('chart-gap', {
      'figures.csv': { text: 'year,measure,reported_by,value,source_id,note\n2021,detainer_requests,BPD,2,wbur-fax,\n2023,detainer_requests,BPD,19,wbur-fax,\n' },
    });
    const gapped = requestsByYearChart(loadData({ dataDir: dir, today: TODAY }), 'en');
    expect(barsOf(gapped.svg)).toHaveLength(2);
    expect(textsOf(gapped.svg)).toContain('not reported');
    expect(gapped.notes).toContain('BPD reported no figure for 2022.');
    expect(gapped.table.rows[1]).toEqual({ year: 2022, detainer_requests_received: null, source_id: null });
  });
});

describe('chart 2: how the requests arrived', () => {
  const chart = arrivalChannelChart(data, 'en');

  it('shows the reported share and the remainder on one scale, with derived counts labelled', () => {
    expect(chart).not.toBeNull();
    if (!chart) return;
    // Plain bars come first in the SVG, then the emphasised one (the reported share).
    expectProportional(chart.svg, [72, 28]);
    expect(textsOf(chart.svg)).toEqual([
      'Dedicated detainer fax line', 'Other routes', '28%', '72% (derived)',
      'about 16 of 57 (derived from 28%)', 'about 41 of 57 (derived)',
    ]);
    expect(chart.title).toBe('In 2025, 28% of requests arrived on the dedicated fax line');
    expectNamed(chart, ['28%', '72%', '16', '41']);
    expect(chart.notes).toContain('How the other requests arrived was not reported.');
  });

  it('is left out when the data has no share', () => {
    const dir = fixtureData('chart-no-share', { 'figures.csv': 'tests/fixtures/figures/bom.csv' });
    expect(arrivalChannelChart(loadData({ dataDir: dir, today: TODAY }), 'en')).toBeNull();
  });
});

describe('chart 3: two counts for the same year', () => {
  const chart = twoCountsChart(data, 'en');

  it('sets BPD’s count beside ICE’s, each attributed, neither emphasised', () => {
    expect(chart).not.toBeNull();
    if (!chart) return;
    expectProportional(chart.svg, [15, 198]);
    expect(barsOf(chart.svg).some((bar) => bar.isHighlighted)).toBe(false);
    expect(textsOf(chart.svg)).toEqual(['Received, according to BPD', 'Issued, according to ICE', '15', '198']);
    expect(chart.title).toBe('In 2024, BPD says it received 15 requests; ICE says it issued 198');
    expectNamed(chart, ['15', '198']);
    expect(chart.notes).toEqual([
      'ICE’s count is 13.2 times BPD’s, a gap of 183 requests (both derived).',
      'The two agencies do not agree on the count, and it is not known whether the two counts cover the same requests. This site reports both and does not say which is right.',
    ]);
  });
});

describe('every chart', () => {
  it('is byte-identical when drawn twice from the same data, and matches its committed SVG', () => {
    const first = allCharts(data, 'en');
    const second = allCharts(data, 'en');
    expect(first.map((chart) => chart.svg)).toEqual(second.map((chart) => chart.svg));
    // Every chart is compared before any failure is reported, so that one run writes every changed file.
    const mismatches = first.flatMap((chart) => {
      const expected = `tests/output/${chart.id}.svg`;
      const changed = `tests/output/${chart.id}-changed.svg`;
      // A new chart writes its first expected SVG, except in CI, where a missing file is a failure.
      if (!existsSync(expected) && !process.env['CI']) writeFileSync(expected, chart.svg);
      if (existsSync(expected) && readFileSync(expected, 'utf8') === chart.svg) return [];
      writeFileSync(changed, chart.svg);
      return [`${chart.id}: review ${changed}, and replace ${expected} with it if the change is right`];
    });
    expect(mismatches).toEqual([]);
  });
});
