import { describe, expect, it } from 'vitest';
import { focusStop, listTabStops, type FocusStop } from './keyboard.ts';
import { SAMPLED_PAGES, useBrowser, visit } from './session.ts';

const browser = useBrowser();

/** Whether focus moved back up and to the left, against the reading order. */
const goesBack = (from: FocusStop, to: FocusStop) => to.top < from.top - 4 && to.left < from.right;

describe.each(SAMPLED_PAGES)('$path', ({ path }) => {
  it('reaches every link and control with Tab, in reading order, each with a visible focus indicator', async () => {
    const { page } = await visit(browser(), path);
    const expected = await listTabStops(page);
    const positive = await page.$$eval('[tabindex]', (elements) => elements.filter((element) => (element as HTMLElement).tabIndex > 0).map((element) => element.outerHTML.slice(0, 80)));
    const stops: FocusStop[] = [];
    for (let step = 0; step < expected.length; step += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focusStop(page));
    }
    await page.context().close();

    expect.soft(expected.length, 'links and controls found').toBeGreaterThan(0);
    expect.soft(positive, 'tabindex above 0 breaks the document order').toEqual([]);
    expect.soft(stops.map((stop) => stop.label), 'focus order').toEqual(expected);
    const backwards = stops.slice(1).filter((stop, step) => goesBack(stops[step]!, stop)).map((stop) => stop.label);
    expect.soft(backwards, 'stops placed above and left of the one before').toEqual([]);
    expect.soft(stops.filter((stop) => stop.indicator.length === 0).map((stop) => stop.label), 'stops that look the same focused').toEqual([]);
    expect.soft(stops.filter((stop) => !stop.inView).map((stop) => stop.label), 'stops focused out of sight').toEqual([]);
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    const { page } = await visit(browser(), path);
    const stops = await listTabStops(page);
    const firstInMain = await page.evaluate(() => {
      const state = window as unknown as { tabStops: Element[]; label: (element: Element) => string };
      const first = state.tabStops.find((element) => element.closest('main'));
      return first ? state.label(first) : null;
    });
    await page.keyboard.press('Tab');
    const skipLink = await focusStop(page);
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => ({ id: document.activeElement?.id, isMain: document.activeElement?.matches('main, [role="main"]') ?? false }));
    await page.keyboard.press('Tab');
    const next = await focusStop(page);
    await page.context().close();

    expect.soft(skipLink.label).toBe(stops[0]);
    expect.soft(skipLink.label).toMatch(/^a ".+" → #/);
    expect.soft(skipLink.inView, 'skip link shown when focused').toBe(true);
    expect.soft(target.isMain, `focus after Enter is on #${target.id ?? ''}`).toBe(true);
    if (firstInMain) expect(next.label, 'Tab after the skip link').toBe(firstInMain);
  });
});
