import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLED_PAGES, useBrowser, visit } from './session.ts';

const browser = useBrowser();

// What a reader must get without JavaScript: charts (outermost SVGs), tables and headline figures.
const ESSENTIALS = { charts: 'svg:not(svg svg)', tables: 'table', headlines: '.headline' };
type Essentials = Record<keyof typeof ESSENTIALS, string[]>;

/** Returns the text of each essential element a reader can see (rendered with a box, not hidden), by kind. */
function visibleEssentials(page: Page): Promise<Essentials> {
  return page.evaluate((selectors) => {
    const seen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const found = (selector: string) => [...document.querySelectorAll(selector)].filter(seen)
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`);
    return { charts: found(selectors.charts), tables: found(selectors.tables), headlines: found(selectors.headlines) };
  }, ESSENTIALS);
}

describe.each(SAMPLED_PAGES)('$path', ({ path }) => {
  it('shows every chart, table and headline figure with JavaScript turned off', async () => {
    const withScript = await visit(browser(), path);
    const expected = await visibleEssentials(withScript.page);
    await withScript.page.context().close();
    const withoutScript = await visit(browser(), path, { javaScriptEnabled: false });
    const shown = await visibleEssentials(withoutScript.page);
    await withoutScript.page.context().close();
    // Scripts may enhance what is there (a tooltip, a sort button), so compare what is shown, not every word.
    expect(shown.charts, 'charts').toHaveLength(expected.charts.length);
    expect(shown.tables, 'tables').toHaveLength(expected.tables.length);
    expect(shown.headlines, 'headline figures').toHaveLength(expected.headlines.length);
    const figures = (texts: string[]) => texts.join(' ').match(/\d[\d,.]*%?/g) ?? [];
    expect(figures(shown.headlines), 'numbers in the headlines').toEqual(figures(expected.headlines));
  });
});

it('finds the home page’s table and headline figure, so the check above is not empty', async () => {
  const { page } = await visit(browser(), '/', { javaScriptEnabled: false });
  const shown = await visibleEssentials(page);
  await page.context().close();
  expect(shown.tables.length).toBeGreaterThan(0);
  expect(shown.headlines.length).toBeGreaterThan(0);
});
