import { describe, expect, it } from 'vitest';
import { contentTypeFor, headersFor, pathKind } from '../../src/lib/deploy/headers.ts';

describe('the header policy', () => {
  it('gives each kind of path its kind', () => {
    const kinds = Object.fromEntries(['/', '/years/2025/', '/es/glossary/', '/404.html', '/embed/two-counts/', '/zh-hant/embed/two-counts/', '/data/detainer-figures.csv',
      '/data.json', '/data/feed.xml', '/charts/two-counts.svg', '/pt-br/charts/two-counts.csv', '/data/v2026.11.30/detainer-figures.csv', '/data/v2026.11.30/', '/_astro/x.css', '/og/home.png',
      '/embed/two-counts/oembed.json', '/es/embed/requests-by-year-2024/oembed.json']
      .map((path) => [path, pathKind(path).name]));
    expect(kinds).toEqual({
      '/': 'pages and everything else', '/years/2025/': 'pages and everything else', '/es/glossary/': 'pages and everything else', '/404.html': 'pages and everything else',
      '/embed/two-counts/': 'embed pages', '/zh-hant/embed/two-counts/': 'embed pages',
      '/data/detainer-figures.csv': 'latest data and chart files', '/data.json': 'latest data and chart files', '/data/feed.xml': 'latest data and chart files',
      '/charts/two-counts.svg': 'latest data and chart files', '/pt-br/charts/two-counts.csv': 'latest data and chart files',
      '/data/v2026.11.30/detainer-figures.csv': 'frozen releases', '/data/v2026.11.30/': 'pages and everything else',
      '/_astro/x.css': 'hashed assets', '/og/home.png': 'social images',
      '/embed/two-counts/oembed.json': 'oEmbed', '/es/embed/requests-by-year-2024/oembed.json': 'oEmbed',
    });
  });

  it('lets other sites frame embed pages only, and read the open data', () => {
    expect(headersFor('/years/2025/')).toMatchObject({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
    expect(headersFor('/es/embed/two-counts/')).not.toHaveProperty('X-Frame-Options');
    expect(headersFor('/es/embed/two-counts/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('/data/detainer-figures.csv')).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    expect(headersFor('/years/2025/')).not.toHaveProperty('Access-Control-Allow-Origin');
  });

  it('lets other sites read a chart’s oEmbed response, which is not a page to frame', () => {
    for (const path of ['/embed/two-counts/oembed.json', '/zh-hant/embed/two-counts/oembed.json']) {
      expect(headersFor(path), path).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
      expect(contentTypeFor(path)).toBe('application/json');
    }
  });

  it('keeps frozen releases for a year and revalidates the rest; HSTS only over HTTPS; the clipboard allowed', () => {
    expect(headersFor('/data/v2026.11.30/detainer-figures.csv')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/data/detainer-figures.csv')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(headersFor('/')).not.toHaveProperty('Strict-Transport-Security');
    expect(headersFor('/', { https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+$/);
    expect(headersFor('/')['Permissions-Policy']).toContain('clipboard-write=(self)');
  });

  it('serves CSV as CSV with its header row, and the feed as Atom', () => {
    expect(contentTypeFor('/data/detainer-figures.csv')).toBe('text/csv; charset=utf-8; header=present');
    expect(contentTypeFor('/data/feed.xml')).toBe('application/atom+xml');
    expect(contentTypeFor('/sitemap-index.xml')).toBe('application/xml');
  });
});

describe('a folder’s page', () => {
  it('is of the same kind as its folder, as nginx sees it after index (a release’s page is a page, not a frozen file)', () => {
    for (const folder of ['/', '/embed/two-counts/', '/es/embed/two-counts/', '/data/v2026.11.30/', '/data/', '/years/2025/']) {
      expect(pathKind(`${folder}index.html`).name, folder).toBe(pathKind(folder).name);
    }
    expect(pathKind('/data/v2026.11.30/index.html').name).toBe('pages and everything else');
  });
});
