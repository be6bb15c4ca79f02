import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { canRasterize } from '../../src/lib/raster-text.ts';
import { socialImagePath } from '../../src/lib/social-card.ts';
import { DEFAULT_LOCALE, splitLocale } from '../../src/lib/i18n/locales.ts';
import { sitePages } from '../helpers/site-files.ts';
import { page, SITE, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

/** Returns the file of every HTML page of a built site that has an address of its own (not embeds, not 404), in every language. */
const citablePages = (site: string) =>
  sitePages(site).filter((page) => {
    const { path } = splitLocale(page.path);
    return !path.startsWith('/embed/') && path !== '/404.html' && path !== '/404/';
  }).map((page) => page.file);

describe('what search engines and social sites read', () => {
  const pages = citablePages(SITE);

  it('gives every page a canonical URL, Open Graph and Twitter card tags, and a social image that exists where its font can draw the page’s words', async () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      const { document } = page(SITE, path);
      const pathname = `/${path}`.replace(/index\.html$/, '');
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(pathname);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content'), path).toBeTruthy();
      const words = ['og:title', 'og:description', 'og:site_name'].map((property) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '');
      if (!canRasterize(words)) {
        expect(document.querySelector('meta[property="og:image"]'), path).toBeNull();
        expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
        continue;
      }
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image).toBe(socialImagePath(pathname));
      const meta = await sharp(readFileSync(join(SITE, image))).metadata();
      expect([meta.width, meta.height], path).toEqual([1200, 630]);
    }
  });

  it('keeps the 404 page, which has no address of its own, out of search engines', () => {
    const { document } = page(SITE, '404.html');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    // It is served at any address that does not exist, so it names none: /404/ itself is not a page.
    expect(document.querySelector('meta[property="og:url"]')).toBeNull();
    expect(page(SITE_WITH_URL, '404.html').document.querySelector('meta[property="og:url"]')).toBeNull();
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('makes every URL absolute, and writes a sitemap of the pages, when the site’s address is set', () => {
    const { document } = page(SITE_WITH_URL, 'years/2025/');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${TEST_SITE_URL}years/2025/`);
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${TEST_SITE_URL}og/years-2025.png`);
    const sitemap = readFileSync(join(SITE_WITH_URL, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}years/2025/</loc>`);
    expect(sitemap).not.toContain('/embed/');
    expect(readFileSync(join(SITE_WITH_URL, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nDisallow: /embed/\nAllow: /embed/*/oembed.json\n\nSitemap: ${TEST_SITE_URL}sitemap-index.xml\n`);
  });

  it('writes no sitemap, and no sitemap line in robots.txt, when the address is not set', () => {
    expect(existsSync(join(SITE, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(SITE, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /embed/\nAllow: /embed/*/oembed.json\n');
  });

  it('gives pages breadcrumbs that end at the page itself', () => {
    const crumbs = page(SITE, 'years/2024/').document.querySelector('nav.breadcrumbs');
    expect([...(crumbs?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'))).toEqual(['/', '/years/']);
    expect(crumbs?.querySelector('[aria-current="page"]')?.textContent).toBe('2024');
  });
});

describe('every page', () => {
  it('says when it was last updated and which data version it shows, and offers "Cite this page" with its own URL and title', () => {
    for (const path of citablePages(SITE)) {
      const { document } = page(SITE, path);
      const pathname = `/${path}`.replace(/index\.html$/, '');
      const version = document.querySelector('.page-version')?.textContent?.replace(/\s+/g, ' ').trim();
      const plain = document.querySelector('#cite-plain')?.textContent ?? '';
      const title = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      if (splitLocale(pathname).locale === DEFAULT_LOCALE) {
        expect(version, path).toMatch(/^Last updated [A-Z][a-z]+ \d{1,2}, \d{4}\. Data version \d{4}\.\d{2}\.\d{2}(\.\d+)?: what changed$/);
        expect(plain, path).toContain(`“${title},”`);
      } else {
        // In another language, the same facts in its words: the date and the data version, and the title cited.
        expect(version, path).toMatch(/\d{4}\.\d{2}\.\d{2}/);
        expect(plain, path).toContain(title);
      }
      // The page's own address ends the sentence: after a space, or after a Chinese comma, and before its full stop.
      expect(plain, path).toMatch(new RegExp(`[\\s，]${pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.。]$`));
    }
  });
});
