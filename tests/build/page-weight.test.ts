import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { page, SITE } from './site.ts';

// A page renders from its first response: its styles are inside it (build.inlineStylesheets), and the whole
// response fits the first round trip of a new connection (10 TCP segments, about 14 KB), gzipped at zlib's default
// level as most servers send it. The browser measures what one page of each kind loads (tests/e2e/weight.test.ts);
// here every page of every language, from the files themselves.
const HTML_BUDGET = 14 * 1024;

describe('every page of every language', () => {
  const pages = sitePages(SITE);

  it('has its styles inside it: no stylesheet to fetch before it can be drawn', () => {
    expect(pages.length).toBeGreaterThan(200);
    const linking = pages.filter(({ file }) => page(SITE, file).document.querySelector('link[rel="stylesheet"]'));
    expect(linking.map(({ path }) => path)).toEqual([]);
  });

  it(`weighs at most ${HTML_BUDGET} bytes gzipped`, () => {
    const over = pages.flatMap(({ file, path }) => {
      const bytes = gzipSync(readFileSync(join(SITE, file))).length;
      return bytes > HTML_BUDGET ? [`${path}: ${bytes} B`] : [];
    });
    expect(over).toEqual([]);
  });
});
