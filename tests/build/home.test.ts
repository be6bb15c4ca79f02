import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { fixtureData, TODAY } from '../helpers/fixture-data.ts';
import { buildSite, DATA_WITH_2026, page, SITE, SITE_WITH_2026 } from './site.ts';

const text = (node: { textContent: string | null } | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the home page built from data/', () => {
  const { document } = page(SITE);
  const data = loadData({ dataDir: 'data', today: TODAY });

  it('shows every year’s BPD count as data/figures.csv gives it', () => {
    const counts = data.figures.filter((figure) => figure.measure === 'detainer_requests' && figure.reportedBy === 'BPD');
    expect(counts.length).toBeGreaterThanOrEqual(5);
    for (const figure of counts) {
      const cell = document.querySelector(`#y${figure.year} td .figure-value`);
      expect(text(cell), `year ${figure.year}`).toBe(String(figure.value));
    }
  });

  it('puts the latest year’s figure in the headline, with the change in counts and its source', () => {
    expect(text(document.querySelector('h1'))).toBe('In 2025, Boston police say they received 57 detainer requests from ICE');
    expect(text(document.querySelector('.headline'))).toContain('Up from 15 in 2024: 42 more (derived), 3.8 times as many (derived).');
    expect(document.querySelector('.headline a[href="/sources/#bpd-letter-2025"]')).not.toBeNull();
  });

  it('writes "not reported" where ICE gave no count, never 0', () => {
    expect(text(document.querySelector('#y2023 td:nth-of-type(2)'))).toBe('not reported');
    expect(text(document.querySelector('#y2024 td:nth-of-type(2) .figure-value'))).toBe('198');
  });

  it('labels the count derived from a share as derived, beside the share and its base', () => {
    const item = text(document.querySelector('#dedicated_line_share-2025'));
    expect(item).toContain('28% of 57');
    expect(item).toContain('about 16 requests (derived from 28%)');
  });

  it('links every figure to an entry that exists on the sources page', () => {
    const sources = page(SITE, 'sources/').document;
    const links = [...document.querySelectorAll('a[href^="/sources/#"]')];
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const id = link.getAttribute('href')?.split('#')[1] ?? '';
      expect(sources.getElementById(id), id).not.toBeNull();
    }
  });

  it('has a language, a skip link to the main content, and a 404 page', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(document.querySelector('main#main')).not.toBeNull();
    expect(text(page(SITE, '404.html').document.querySelector('h1'))).toBe('Page not found');
  });
});

describe('a build from a fixture folder with one more year', () => {
  const { document, html } = page(SITE_WITH_2026);

  it('shows the new year in the headline and the table, with no code change', () => {
    expect(text(document.querySelector('h1'))).toBe('In 2026, Boston police say they received 64 detainer requests from ICE');
    expect(text(document.querySelector('#y2026 td .figure-value'))).toBe('64');
    expect(text(document.querySelector('#y2025 td .figure-value'))).toBe('57');
  });

  it('shows an HTML fragment in a note as text and never runs it', () => {
    const scripts = [...document.querySelectorAll('script')].map((script) => script.textContent ?? '');
    expect(scripts.some((script) => script.includes('alert'))).toBe(false);
    expect(text(document.querySelector('#y2026 .cell-note'))).toContain('<script>alert("x")</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('a build from bad data', () => {
  it('stops with every problem named by file, line and column, and publishes nothing', () => {
    const dir = fixtureData('build-bad', { 'figures.csv': 'tests/fixtures/figures/three-mistakes.csv' });
    const outDir = 'tests/.output/site-bad';
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = buildSite(dir, outDir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/figures.csv:3:4 value: expected a whole number ≥ 0, found "1O"`);
    expect(output).toContain(`${dir}/figures.csv:4:5 source_id:`);
    expect(output).toContain(`${dir}/figures.csv:5:4 value: expected a percentage from 0 to 100, found "128"`);
    expect(existsSync(`${outDir}/index.html`)).toBe(false);
  });
});

describe('DATA_WITH_2026', () => {
  it('is the base data plus one row', () => {
    expect(loadData({ dataDir: DATA_WITH_2026, today: TODAY }).figures).toHaveLength(loadData({ dataDir: 'tests/fixtures/base', today: TODAY }).figures.length + 1);
  });
});

describe('the sources page', () => {
  it('lists under each source the figures resting on it, each linking to its anchor on a year page that exists', () => {
    const { document } = page(SITE, 'sources/');
    const links = [...document.querySelectorAll('#wbur-fax li a')];
    expect(links.map((link) => text(link))).toContain('2024: ICE detainer requests to BPD, as reported by ICE: 198');
    for (const link of document.querySelectorAll('.source-entry li a')) {
      const [path, anchor] = (link.getAttribute('href') ?? '').split('#');
      expect(page(SITE, (path ?? '').slice(1)).document.getElementById(anchor ?? ''), link.getAttribute('href') ?? '').not.toBeNull();
    }
  });

  it('says "not given" for what a source does not give, and invents no web address', () => {
    const { document } = page(SITE, 'sources/');
    const details = [...document.querySelectorAll('#report-2025 .details div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
    expect(details).toContain('Publisher: not given');
    expect(details).toContain('Web address: not given');
    expect(document.querySelector('.source-entry a[href^="http"]')).toBeNull();
  });
});
