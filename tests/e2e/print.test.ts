import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './session.ts';

const browser = useBrowser();

/** Returns how many pages a path prints on, on the given paper. */
async function printedPages(path: string, format: 'A4' | 'Letter'): Promise<number> {
  const { page } = await visit(browser(), path);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
  await page.context().close();
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('printing', () => {
  it.each(['A4', 'Letter'] as const)('prints the council brief on one %s page', async (format) => {
    expect(await printedPages('/brief/', format)).toBe(1);
  });

  it.each(['A4', 'Letter'] as const)('prints the latest year’s page on at most two %s pages', async (format) => {
    expect(await printedPages('/years/2025/', format)).toBeLessThanOrEqual(2);
  });

  it('prints no navigation or controls, and shows where links go', async () => {
    const { page } = await visit(browser(), '/years/2025/');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('.site-nav, .chart-actions, .chart-embed, .cite-page, .breadcrumbs', (elements) =>
      elements.map((element) => getComputedStyle(element).display));
    const after = await page.$eval('main .source-line a[href^="/sources/"]', (link) => getComputedStyle(link, '::after').content);
    await page.context().close();
    expect(hidden.length).toBeGreaterThan(3);
    expect(new Set(hidden)).toEqual(new Set(['none']));
    expect(after).toMatch(/\/sources\/#/);
  });
});
