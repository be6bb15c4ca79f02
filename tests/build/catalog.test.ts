import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePackage } from '../../src/lib/catalog/package.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { built, page, SITE, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pkg = describePackage(loadData({ dataDir: 'data', today: TODAY }));
const { document } = page(SITE, 'data/');
const jsonLdOf = (doc: Document) => {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.textContent ?? '');
};

describe('the catalog page, /data/', () => {
  it('lists every dataset with its title, what one row is, rows, years, last update, sources and license', () => {
    for (const dataset of pkg.datasets) {
      const section = document.getElementById(dataset.id);
      expect(text(section?.querySelector('h2'))).toBe(dataset.title);
      const details = [...(section?.querySelectorAll('dl > div') ?? [])].map((item) => `${text(item.querySelector('dt'))} ${text(item.querySelector('dd'))}`).join(' | ');
      expect(details).toContain(`One row is ${dataset.row}`);
      expect(details).toContain(`Rows ${dataset.rows.length}`);
      expect(details).toContain(dataset.years ? 'Years covered 2021 to 2025' : 'Years covered not a yearly table');
      // Release 2026.11.30 reworded notes and added a column to the sources: the table by year did not change.
      expect(details).toContain(dataset.id === 'detainer-requests-by-year'
        ? 'Last updated November 23, 2026 (version 2026.11.23)'
        : 'Last updated November 30, 2026 (version 2026.11.30)');
      expect(details).toContain('License CC0 1.0 Universal');
    }
    const sources = [...(document.getElementById('detainer-figures')?.querySelectorAll('dl a[href^="/sources/#"]') ?? [])];
    expect(sources.map((link) => link.getAttribute('href'))).toEqual(['/sources/#wbur-fax', '/sources/#report-2025', '/sources/#bpd-letter-2025', '/sources/#bpd-statement-2024']);
  });

  it('shows each file’s real size and SHA-256, and links it', () => {
    const items = [...document.querySelectorAll('.downloads li')];
    expect(items.length).toBe(9);
    for (const item of items) {
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      const bytes = built(SITE, href);
      expect(text(item.querySelector('.checksum')), href).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(text(item), href).toContain(`${new Intl.NumberFormat('en').format(statSync(join(SITE, href)).size)} bytes`);
    }
  });

  it('gives each dataset’s columns with type, unit and meaning, under a heading, as a description list', () => {
    for (const dataset of pkg.datasets) {
      const heading = document.getElementById(`${dataset.id}-columns`);
      expect(heading?.tagName, dataset.id).toBe('H3');
      expect(text(heading)).toBe(`Columns of ${dataset.id}.csv`);
      const list = heading?.nextElementSibling;
      expect(list?.tagName).toBe('DL');
      expect([...(list?.querySelectorAll('dt') ?? [])].map((term) => text(term))).toEqual(dataset.columns.map((column) => column.name));
    }
    const share = [...document.querySelectorAll('#detainer-requests-by-year dl.dictionary > div')].find((entry) => text(entry.querySelector('dt')) === 'dedicated_line_share_bpd');
    expect([...(share?.querySelectorAll('dd') ?? [])].map((value) => text(value))).toEqual([
      'Type: number', 'Unit: percent (0 to 100)', 'Share that arrived on the dedicated detainer fax line. Reported by: Boston Police Department (BPD). Empty when not reported.',
    ]);
  });

  it('states both licenses and how to cite the exact version, whose page exists', () => {
    expect(text(document.getElementById('licenses')?.parentElement)).toContain('The data is dedicated to the public domain under CC0 1.0 Universal');
    expect(document.querySelector('#licenses ~ p a[href="https://creativecommons.org/licenses/by/4.0/"]')).not.toBeNull();
    const citation = document.querySelector('.citation');
    expect(text(citation)).toBe('Boston Detainer Data. “ICE detainer requests to the Boston Police Department”, version 2026.12.07, released December 7, 2026. Data under CC0 1.0. Files: /data/v2026.12.07/');
    expect(existsSync(join(SITE, citation?.querySelector('a')?.getAttribute('href') ?? '', 'index.html'))).toBe(true);
  });

  it('has schema.org Dataset JSON-LD with the properties Google Dataset Search asks for', () => {
    const jsonLd = jsonLdOf(document);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Dataset', name: pkg.title, description: pkg.description,
      license: 'https://creativecommons.org/publicdomain/zero/1.0/', creator: { '@type': 'Organization', name: 'Boston Detainer Data' },
      temporalCoverage: '2021/2025', spatialCoverage: { '@type': 'Place', name: 'Boston, Massachusetts, United States' },
      version: '2026.12.07', dateModified: '2026-12-07',
    });
    expect(jsonLd.variableMeasured.map((variable: { propertyID: string }) => variable.propertyID)).toContain('detainer_requests');
    expect(jsonLd.distribution).toHaveLength(6);
  });

  it('links every JSON-LD download to a built file with its checksum', () => {
    for (const distribution of jsonLdOf(document).distribution) {
      expect(distribution.encodingFormat).toMatch(/^(text\/csv|application\/json)$/);
      const bytes = built(SITE, distribution.contentUrl);
      expect(distribution.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    for (const distribution of jsonLdOf(page(SITE_WITH_URL, 'data/').document).distribution) {
      expect(distribution.contentUrl.startsWith(TEST_SITE_URL)).toBe(true);
      expect(existsSync(join(SITE_WITH_URL, distribution.contentUrl.slice(TEST_SITE_URL.length)))).toBe(true);
    }
  });

  it('is in the header navigation, marked as the current page, and linked from every footer', () => {
    expect(document.querySelector('.site-nav a[href="/data/"]')?.getAttribute('aria-current')).toBe('page');
    for (const path of ['', 'sources/', 'data/changelog/']) {
      expect(page(SITE, path).document.querySelector('.site-footer a[href="/data/"]'), path).not.toBeNull();
      expect(page(SITE, path).document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/data/feed.xml');
    }
  });

  it('loads nothing from another origin, and needs no script to read', () => {
    // The only script is the copy buttons' enhancement, on the page itself.
    const scripts = [...document.querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json');
    expect(scripts.every((script) => !script.hasAttribute('src') && (script.textContent ?? '').includes('data-copy'))).toBe(true);
    const loaded = [...document.querySelectorAll('[src], link[rel="stylesheet"]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href') ?? '');
    expect(loaded.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });
});
