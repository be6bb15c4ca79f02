import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES, useBrowser, useVisit, type Visit } from './session.ts';

/** HTML plus CSS fits the first round trip of a new connection (10 TCP segments, about 14 KB). */
const HTML_AND_CSS_BUDGET = 14 * 1024;
const JS_BUDGET = 5 * 1024;

const browser = useBrowser();
const report: string[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Returns the gzipped bytes (zlib's default level, as most servers send) of what a page loaded, by kind. */
async function gzippedWeight(visited: Visit) {
  const weight = { html: 0, css: 0, js: 0 };
  for (const response of visited.responses) {
    if (response.status() >= 300 && response.status() < 400) continue;
    const kind = ({ document: 'html', stylesheet: 'css', script: 'js' } as const)[response.request().resourceType()];
    if (kind) weight[kind] += gzipSync(await response.body()).length;
  }
  return weight;
}

describe.each(PAGES)('$path', ({ path }) => {
  const visited = useVisit(browser, path);

  it(`loads at most ${kb(HTML_AND_CSS_BUDGET)} of HTML and CSS and ${kb(JS_BUDGET)} of JavaScript, gzipped`, async () => {
    const { html, css, js } = await gzippedWeight(visited());
    report.push(`${path.padEnd(40)} HTML ${kb(html).padStart(8)} + CSS ${kb(css).padStart(8)} = ${kb(html + css).padStart(8)}   JS ${kb(js).padStart(8)}`);
    expect(html + css, `HTML ${html} B + CSS ${css} B gzipped`).toBeLessThanOrEqual(HTML_AND_CSS_BUDGET);
    expect(js, `JavaScript gzipped`).toBeLessThanOrEqual(JS_BUDGET);
  });
});

afterAll(() => {
  console.log(`Page weight, gzipped (budget: HTML + CSS ${kb(HTML_AND_CSS_BUDGET)}, JS ${kb(JS_BUDGET)}):\n${report.sort().join('\n')}`);
});
