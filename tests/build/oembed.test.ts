import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { everyChart } from '../../src/lib/charts/index.ts';
import { loadData, localizeData } from '../../src/lib/data/index.ts';
import { LOCALES, localizedPath, splitLocale, translate } from '../../src/lib/i18n/index.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { siteFiles, sitePages, templateOf } from '../helpers/site-files.ts';
import { SITE, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

// oEmbed (https://oembed.com/): every chart in every language has a JSON response beside its embed page, and every
// page that shows a chart says where it is in its head, so that a site a link is pasted into finds the chart.
const data = loadData({ dataDir: 'data', today: TODAY });
const CHARTS = LOCALES.flatMap(({ key: locale }) => everyChart(localizeData(data, locale), locale).map((chart) => ({ locale, chart })));
const DISCOVERY = 'head link[rel="alternate"][type="application/json+oembed"]';

interface Response {
  version: string;
  type: string;
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
}

/** Returns the oEmbed response in a built site at a URL path, or null if there is no such file. */
function responseAt(site: string, path: string): Response | null {
  const file = join(site, decodeURIComponent(path));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Response) : null;
}

/** Returns the one iframe of a response's HTML, with its attributes. */
function iframeOf(html: string) {
  const frames = [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll('body > *')];
  expect(frames.map((element) => element.tagName)).toEqual(['IFRAME']);
  return frames[0]!;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" };
/** Returns a textarea's text as a browser shows it (linkedom leaves its character references as written). */
const shownText = (html: string) => html.replace(/&(lt|gt|quot|amp|#39);/g, (_whole, name: string) => ENTITIES[name] ?? '');

/** Returns each built page with the charts it shows (by title) and its discovery links. */
function pagesWithCharts(site: string) {
  return sitePages(site).map(({ file, path }) => {
    const { document } = parseHTML(readFileSync(join(site, file), 'utf8'));
    return {
      path,
      document,
      shown: [...document.querySelectorAll('figure.chart .chart-title')].map((heading) => heading.textContent ?? ''),
      links: [...document.querySelectorAll(DISCOVERY)].map((link) => ({ href: link.getAttribute('href') ?? '', title: link.getAttribute('title') ?? '' })),
    };
  });
}

describe('oEmbed responses, in a deployment build', () => {
  it('exist for every chart in every language, beside its embed page, and for nothing else', () => {
    const expected = CHARTS.map(({ locale, chart }) => `${localizedPath(`/embed/${chart.file}/`, locale).slice(1)}oembed.json`).sort();
    expect(expected.length).toBeGreaterThanOrEqual(LOCALES.length * 3);
    expect(siteFiles(SITE_WITH_URL).filter((file) => file.endsWith('oembed.json')).sort()).toEqual(expected);
    for (const file of expected) expect(existsSync(join(SITE_WITH_URL, file.replace(/oembed\.json$/, 'index.html'))), file).toBe(true);
  });

  it.each(CHARTS.map(({ locale, chart }) => ({ locale, chart, name: localizedPath(`/embed/${chart.file}/`, locale) })))('$name: a rich response with the chart’s title, the site as provider, absolute URLs and the iframe’s size', ({ locale, chart }) => {
    const embedPage = localizedPath(`/embed/${chart.file}/`, locale);
    const response = responseAt(SITE_WITH_URL, `${embedPage}oembed.json`);
    expect(response).not.toBeNull();
    const { version, type, html, width, height, title, provider_name: providerName, provider_url: providerUrl } = response!;
    expect({ version, type }).toEqual({ version: '1.0', type: 'rich' });
    expect(title).toBe(chart.title);
    expect(providerName).toBe(translate(locale, 'site.name'));
    expect(providerUrl).toBe(TEST_SITE_URL);
    for (const size of [width, height]) expect(Number.isInteger(size) && size > 0, `${width}×${height}`).toBe(true);

    // The iframe: the chart's own embed page, absolute, which the build has; named by the chart; its size the response's.
    const iframe = iframeOf(html);
    const src = new URL(iframe.getAttribute('src') ?? '');
    expect(src.href).toBe(new URL(embedPage, TEST_SITE_URL).href);
    expect(existsSync(join(SITE_WITH_URL, src.pathname, 'index.html'))).toBe(true);
    expect(iframe.getAttribute('title')).toBe(chart.title);
    expect(iframe.getAttribute('height')).toBe(String(height));
    // The iframe fills the column it is pasted into; the response's width is at least the chart's drawn width.
    expect(iframe.getAttribute('width')).toBe('100%');
    const svgWidth = Number(parseHTML(readFileSync(join(SITE_WITH_URL, embedPage, 'index.html'), 'utf8')).document.querySelector('.chart-svg svg')?.getAttribute('width'));
    expect(svgWidth).toBeGreaterThan(0);
    expect(width).toBeGreaterThanOrEqual(svgWidth);
  });
});

describe('oEmbed discovery links, in a deployment build', () => {
  const pages = pagesWithCharts(SITE_WITH_URL);

  it('are in the head of every page that shows a chart, one per chart in the order shown, and of no other page', () => {
    for (const { path, shown, links } of pages) expect(links.map((link) => link.title), path).toEqual(shown);
    const templates = new Set(pages.filter(({ links }) => links.length > 0).map(({ path }) => templateOf(path)));
    expect([...templates].sort()).toEqual(['/', '/brief/', '/embed/*/', '/years/*/']);
    for (const { key } of LOCALES) expect(pages.some(({ path, links }) => path === localizedPath('/', key) && links.length === 3), key).toBe(true);
  });

  it('point, absolute, to the response of that chart in the page’s language, whose HTML is the embed code the page shows', () => {
    for (const { path, document, links } of pages) {
      const { locale } = splitLocale(path);
      const codes = [...document.querySelectorAll('figure.chart textarea')].map((textarea) => shownText(textarea.innerHTML));
      links.forEach((link, index) => {
        const url = new URL(link.href);
        expect(`${url.origin}/`, link.href).toBe(TEST_SITE_URL);
        expect(url.pathname, path).toMatch(new RegExp(`^${localizedPath('/embed/', locale)}[^/]+/oembed\\.json$`));
        const response = responseAt(SITE_WITH_URL, url.pathname);
        expect(response, `${path} → ${link.href}`).not.toBeNull();
        expect(response?.title).toBe(link.title);
        if (codes.length > 0) expect(response?.html, path).toBe(codes[index]);
      });
    }
  });

  it('on an embed page, point to the response beside it', () => {
    for (const { locale, chart } of CHARTS) {
      const embedPage = localizedPath(`/embed/${chart.file}/`, locale);
      const page = pages.find(({ path }) => path === embedPage);
      expect(page?.links.map((link) => link.href), embedPage).toEqual([new URL(`${embedPage}oembed.json`, TEST_SITE_URL).href]);
    }
  });
});

describe('oEmbed in a build without the site’s address', () => {
  it('uses root-relative URLs, as the rest of the site then does, and invents no domain', () => {
    for (const { locale, chart } of CHARTS) {
      const embedPage = localizedPath(`/embed/${chart.file}/`, locale);
      const response = responseAt(SITE, `${embedPage}oembed.json`);
      expect(response?.provider_url, embedPage).toBe('/');
      expect(iframeOf(response?.html ?? '').getAttribute('src')).toBe(embedPage);
    }
  });

  it('has discovery links that lead to files the build has', () => {
    for (const { path, shown, links } of pagesWithCharts(SITE)) {
      expect(links.map((link) => link.title), path).toEqual(shown);
      for (const { href } of links) expect(responseAt(SITE, href), `${path} → ${href}`).not.toBeNull();
    }
  });

  it('is served as JSON that other sites’ code may read, and that no site may frame', async () => {
    const origin = inject('siteOrigin');
    for (const path of ['/embed/two-counts/oembed.json', '/es/embed/requests-by-year-2024/oembed.json']) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(await response.json()).toMatchObject({ version: '1.0', type: 'rich' });
    }
  });
});
