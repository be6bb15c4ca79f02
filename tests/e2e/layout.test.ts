import { describe, expect, it } from 'vitest';
import { measureFit, textSizes, textThatDidNotGrow } from './layout.ts';
import { cspViolations, PAGES, useBrowser, visit } from './session.ts';

const browser = useBrowser();

describe.each(PAGES)('$path', ({ path }) => {
  it('fits a 320 px wide screen: no sideways scrolling, nothing sticking out or cut off; with its Content-Security-Policy enforced, nothing is blocked', async () => {
    const { page } = await visit(browser(), path, { viewport: { width: 320, height: 640 } });
    const fit = await measureFit(page);
    const violations = await cspViolations(page);
    await page.context().close();
    expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
    expect.soft(fit.stickingOut, 'elements past the right edge').toEqual([]);
    expect.soft(fit.clipped, 'elements that cut off their content').toEqual([]);
    expect.soft(fit.scrollWidth, 'page width').toBeLessThanOrEqual(fit.viewportWidth);
  });

  it('stays readable with text at 200%: every text grows, nothing scrolls sideways or is cut off', async () => {
    const { page } = await visit(browser(), path, { viewport: { width: 1280, height: 800 } });
    const before = await textSizes(page);
    // What a reader gets from the browser's own text size setting (Chrome's default is 16 px, 13 px monospace).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const notGrown = await textThatDidNotGrow(page, before, 1.9);
    const fit = await measureFit(page);
    await page.context().close();
    expect.soft(before.size, 'text elements found').toBeGreaterThan(0);
    expect.soft(notGrown, 'text that did not grow to 200%').toEqual([]);
    expect.soft(fit.stickingOut, 'elements past the right edge').toEqual([]);
    expect.soft(fit.clipped, 'elements that cut off their content').toEqual([]);
    expect.soft(fit.scrollWidth, 'page width').toBeLessThanOrEqual(fit.viewportWidth);
  });
});
