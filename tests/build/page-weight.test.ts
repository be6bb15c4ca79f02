import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { page, SITE } from './site.ts';

// The byte budget of tests/e2e/weight.test.ts, which the browser measures on one page of each kind per language,
// here on every page of every language from the files themselves: HTML and the stylesheets it links, gzipped at
// zlib's default level, as most servers send them.
const HTML_AND_CSS_BUDGET = 14 * 1024;
const gzipped = (file: string) => gzipSync(readFileSync(join(SITE, file))).length;

describe('every page of every language', () => {
  it(`weighs at most ${HTML_AND_CSS_BUDGET} bytes of HTML and CSS, gzipped`, () => {
    const pages = sitePages(SITE);
    expect(pages.length).toBeGreaterThan(200);
    const over = pages.flatMap(({ file, path }) => {
      const stylesheets = [...page(SITE, file).document.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link.getAttribute('href') ?? '').replace(/^\//, ''));
      const bytes = gzipped(file) + stylesheets.reduce((sum, sheet) => sum + gzipped(sheet), 0);
      return bytes > HTML_AND_CSS_BUDGET ? [`${path}: ${bytes} B`] : [];
    });
    expect(over).toEqual([]);
  });
});
