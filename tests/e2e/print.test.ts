import { describe, expect, it } from 'vitest';
import { LOCALES, localizedPath } from '../../src/lib/i18n/locales.ts';
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
  // In every language: a translation runs longer than the English, and must still fit.
  const papers = LOCALES.flatMap((entry) => (['A4', 'Letter'] as const).map((format) => ({ format, locale: entry.key, name: entry.name })));

  it.each(papers)('prints the council brief on one $format page in $name', async ({ format, locale }) => {
    expect(await printedPages(localizedPath('/brief/', locale), format)).toBe(1);
  });

  it.each(papers)('prints the latest year’s page on at most two $format pages in $name', async ({ format, locale }) => {
    expect(await printedPages(localizedPath('/years/2025/', locale), format)).toBeLessThanOrEqual(2);
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
