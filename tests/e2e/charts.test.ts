import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './session.ts';

const browser = useBrowser();

describe('charts as people see them', () => {
  it('shows the whole of chart 1 without scrolling on a 360 × 740 phone screen of the home page', async () => {
    const { page } = await visit(browser(), '/', { viewport: { width: 360, height: 740 } });
    const box = await page.locator('#chart-requests-by-year svg').boundingBox();
    await page.context().close();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
  });

  it('draws chart labels at 12 px or more at 320 px wide', async () => {
    const { page } = await visit(browser(), '/', { viewport: { width: 320, height: 740 } });
    const sizes = await page.$$eval('.chart-svg svg', (svgs) => (svgs as SVGSVGElement[]).map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale));
    }));
    await page.context().close();
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });

  it('copies a chart’s link with the Copy link button', async () => {
    const { page } = await visit(browser(), '/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('#chart-requests-by-year button[data-copy]').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const status = await page.locator('#chart-requests-by-year [role="status"]').first().textContent();
    await page.context().close();
    expect(new URL(copied).hash).toBe('#chart-requests-by-year');
    expect(status).toBe('Link copied');
  });
});
