import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/lib/i18n/index.ts';
import { splitLocale } from '../../src/lib/i18n/locales.ts';
import { SITE } from '../build/site.ts';
import { PAGES, useBrowser, visit } from './session.ts';

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

/** Pages with a chart drawn in them: the home page, each year's page, the brief and every embed page. */
const CHART_PAGES = PAGES.filter(({ file }) => readFileSync(join(SITE, file), 'utf8').includes('class="chart-svg"'));

describe.each(CHART_PAGES)('charts on $path', ({ path }) => {
  it('name their title once, as the heading; the graphic is named by its kind and described by its text alternative', async () => {
    const { page } = await visit(browser(), path);
    const charts = await page.$$eval('figure.chart', (figures) => figures.map((figure) => ({
      title: figure.querySelector('.chart-title')?.textContent ?? '',
      description: document.getElementById(figure.querySelector('svg')?.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    })));
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await page.context().close();
    const shown = nodes.filter((node) => !node.ignored).map((node) => ({
      role: String(node.role?.value ?? ''), name: String(node.name?.value ?? ''), description: String(node.description?.value ?? ''),
    }));

    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      // Text itself, the page's title, and the copy buttons (which say which chart they copy) aside.
      const naming = shown.filter((node) => node.name.includes(chart.title) && !['StaticText', 'InlineTextBox', 'RootWebArea', 'button'].includes(node.role));
      expect(naming.map((node) => node.role), `what is named "${chart.title}"`).toEqual(['heading']);
      expect(shown.filter((node) => node.role === 'image' && node.description === chart.description).map((node) => node.name), chart.title).toEqual([translate(splitLocale(path).locale, 'chart.graphic')]);
    }
    expect(shown.filter((node) => node.role === 'figure').map((node) => node.name)).toEqual(charts.map(() => ''));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws the charts in the reader's system colours when colours are forced (${colorScheme})`, async () => {
      const { page } = await visit(browser(), path, { forcedColors: 'active', colorScheme });
      const { system, charts } = await page.evaluate(() => {
        const names = ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'GrayText', 'LinkText', 'ButtonFace', 'ButtonText', 'Mark', 'MarkText'];
        const probe = document.createElement('span');
        document.body.append(probe);
        const system: Record<string, string> = {};
        for (const name of names) {
          probe.style.color = name;
          system[getComputedStyle(probe).color] ??= name;
        }
        probe.remove();
        const colour = (value: string) => system[value] ?? `not a system colour: ${value}`;
        const charts = [...document.querySelectorAll('.chart-svg svg')].map((svg) => ({
          bars: [...svg.querySelectorAll('.bar rect')].map((bar) => ({
            fill: colour(getComputedStyle(bar).fill), stroke: colour(getComputedStyle(bar).stroke), isEmphasised: bar.closest('.bar-highlight') !== null,
          })),
          text: [...new Set([...svg.querySelectorAll('text')].map((text) => colour(getComputedStyle(text).fill)))],
          lines: [...new Set([...svg.querySelectorAll('.axis-rule')].map((line) => colour(getComputedStyle(line).stroke)))],
        }));
        return { system, charts };
      });
      await page.context().close();

      expect(Object.values(system), 'system colours the browser tells apart').toEqual(expect.arrayContaining(['Canvas', 'CanvasText', 'Highlight']));
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.text, 'labels').toEqual(['CanvasText']);
        expect(chart.lines.filter((line) => line !== 'CanvasText'), 'axis lines').toEqual([]);
        const plain = [...new Set(chart.bars.filter((bar) => !bar.isEmphasised).map((bar) => `${bar.fill} outlined in ${bar.stroke}`))];
        const emphasised = [...new Set(chart.bars.filter((bar) => bar.isEmphasised).map((bar) => `${bar.fill} outlined in ${bar.stroke}`))];
        expect(plain, 'bars').toEqual(['Canvas outlined in CanvasText']);
        if (emphasised.length > 0) expect(emphasised, 'the emphasised bar').toEqual(['Highlight outlined in CanvasText']);
      }
      if (path === '/') expect(charts.some((chart) => chart.bars.some((bar) => bar.isEmphasised)), 'a chart with an emphasised bar').toBe(true);
    });
  }
});
