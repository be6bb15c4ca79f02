import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { allCharts, CHART_IDS } from '../../src/lib/charts/index.ts';
import { PNG_SCALE } from '../../src/lib/charts/files.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { barsOf } from '../helpers/svg.ts';
import { page, SITE, SITE_WITH_2026 } from './site.ts';

const charts = allCharts(loadData({ dataDir: 'data', today: TODAY }), 'en');
const home = page(SITE).document;

describe('charts on the home page', () => {
  it('shows every chart, in order, under its title, as inline SVG named by its kind and described by its text alternative', () => {
    expect(charts.map((chart) => chart.id)).toEqual([...CHART_IDS]);
    for (const chart of charts) {
      const figure = home.getElementById(`chart-${chart.id}`);
      expect(figure, chart.id).not.toBeNull();
      expect(figure?.querySelector('.chart-title')?.textContent).toBe(chart.title);
      const svg = figure?.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe('Bar chart');
      expect(home.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(chart.description);
    }
  });

  it('gives every chart its table, with a caption and header scopes, and its sources', () => {
    for (const chart of charts) {
      const figure = home.getElementById(`chart-${chart.id}`);
      const table = figure?.querySelector('details table');
      expect(table?.querySelector('caption')?.textContent).toBe(chart.table.caption);
      expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(chart.table.columns.length);
      expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(chart.table.rows.length);
      expect(figure?.querySelector('.source-line a[href^="/sources/#"]')).not.toBeNull();
    }
  });

  it('offers a permalink, downloads that exist, and embed code for every chart', () => {
    for (const chart of charts) {
      const figure = home.getElementById(`chart-${chart.id}`);
      expect(figure?.querySelector(`a[href="#chart-${chart.id}"]`)).not.toBeNull();
      const downloads = [...(figure?.querySelectorAll('a[download]') ?? [])].map((link) => link.getAttribute('href'));
      expect(downloads).toEqual([`/charts/${chart.id}.svg`, `/charts/${chart.id}.png`, `/charts/${chart.id}.csv`]);
      for (const href of downloads) expect(readFileSync(join(SITE, href ?? '')).length).toBeGreaterThan(0);
      // A textarea's content is escaped in HTML; browsers show it decoded.
      expect(figure?.querySelector('textarea')?.innerHTML).toContain(`&lt;iframe src=&quot;/embed/${chart.id}/&quot;`);
    }
  });
});

describe('chart files', () => {
  it('are standalone SVG files with xmlns, viewBox, title and description, that an SVG renderer reads', async () => {
    for (const chart of charts) {
      const svg = readFileSync(join(SITE, `charts/${chart.id}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
      expect(svg).toContain(`<title id="title">${chart.title.replaceAll('&', '&amp;')}</title>`);
      expect((await sharp(Buffer.from(svg)).metadata()).format).toBe('svg');
    }
  });

  it('include PNG files that decode at twice the SVG’s size', async () => {
    for (const chart of charts) {
      const svg = readFileSync(join(SITE, `charts/${chart.id}.svg`), 'utf8');
      const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/) ?? [];
      const png = await sharp(readFileSync(join(SITE, `charts/${chart.id}.png`))).metadata();
      expect(png.format).toBe('png');
      expect([png.width, png.height]).toEqual([Number(width) * PNG_SCALE, Number(height) * PNG_SCALE]);
    }
  });

  it('include CSV files that parse back into exactly the chart’s figures', () => {
    for (const chart of charts) {
      const csv = readFileSync(join(SITE, `charts/${chart.id}.csv`), 'utf8');
      expect(csv.endsWith('\r\n')).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
      expect(parsed.meta.fields).toEqual(chart.table.keys);
      expect(parsed.data).toEqual(chart.table.rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)]))));
    }
  });
});

describe('embed pages', () => {
  it('exist for every chart, with its SVG, title, source and a link back', () => {
    for (const chart of charts) {
      const { document } = page(SITE, `embed/${chart.id}/`);
      expect(document.querySelector('h1')?.textContent).toBe(chart.title);
      expect(document.querySelectorAll('g.bar rect')).toHaveLength(barsOf(chart.svg).length);
      expect(document.querySelector('.source-line a')).not.toBeNull();
      expect(document.querySelector(`a[href="/#chart-${chart.id}"]`)).not.toBeNull();
      expect(document.querySelector('header, nav')).toBeNull();
    }
  });
});

describe('a build with one more year', () => {
  it('gives chart 1 one more bar and its CSV one more row, with no code change', () => {
    const { document } = page(SITE_WITH_2026);
    expect(document.querySelectorAll('#chart-requests-by-year g.bar rect')).toHaveLength(6);
    expect(readFileSync(join(SITE_WITH_2026, 'charts/requests-by-year.csv'), 'utf8')).toContain('\r\n2026,64,bpd-letter-2025\r\n');
  });
});
