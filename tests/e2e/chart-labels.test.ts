import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, localizedPath } from '../../src/lib/i18n/locales.ts';
import { SITE } from '../build/site.ts';
import { chartSvgFiles } from '../helpers/site-files.ts';
import { useBrowser, visit } from './session.ts';

const browser = useBrowser();

// Chart margins and line breaks are worked out at build time from estimated text widths (src/lib/charts/
// text-layout.ts). Here the browser measures every label, with the fonts it really has: each must lie inside the
// SVG that draws it, or it is clipped (or spills over the page). The charts on the home page, and every chart
// file of the language, which hold every year's version of each chart with its title and notes drawn as text.

/** Runs in the page: every <text> of every SVG in it that is not wholly inside the SVG that draws it. */
function labelsOutside(): string[] {
  const outside: string[] = [];
  for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
    const svg = text.ownerSVGElement;
    if (!svg || text.getComputedTextLength() === 0) continue;
    // The SVG's own box on screen: for an SVG inside another, its x, y, width and height in its parent's space.
    const parent = svg.parentElement?.closest('svg');
    let box: { left: number; top: number; right: number; bottom: number };
    if (parent instanceof SVGSVGElement) {
      const matrix = parent.getScreenCTM();
      const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix ?? undefined);
      const x = svg.x.baseVal.value;
      const y = svg.y.baseVal.value;
      const from = corner(x, y);
      const to = corner(x + svg.width.baseVal.value, y + svg.height.baseVal.value);
      box = { left: from.x, top: from.y, right: to.x, bottom: to.y };
    } else {
      box = svg.getBoundingClientRect();
    }
    const label = text.getBoundingClientRect();
    const slack = 0.5;
    if (label.left < box.left - slack || label.right > box.right + slack || label.top < box.top - slack || label.bottom > box.bottom + slack) {
      outside.push(`"${text.textContent}" spans ${Math.round(label.left - box.left)}…${Math.round(label.right - box.left)} of ${Math.round(box.right - box.left)} px across, ${Math.round(label.top - box.top)}…${Math.round(label.bottom - box.top)} of ${Math.round(box.bottom - box.top)} down`);
    }
  }
  return outside;
}

/** Runs in the page: whether the browser has a font for Chinese (without one, every character is the same empty box). */
function drawsChinese(): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 40;
  canvas.height = 20;
  const context = canvas.getContext('2d');
  if (!context) return false;
  const pixels = (text: string) => {
    context.clearRect(0, 0, 40, 20);
    context.font = '16px sans-serif';
    context.fillText(text, 0, 16);
    return context.getImageData(0, 0, 40, 20).data.join(',');
  };
  return pixels('汉') !== pixels('字');
}

describe.each(LOCALES.flatMap((entry) => [320, 1280].map((width) => ({ ...entry, width }))))('chart labels in $name at $width px', ({ key, tag, width }) => {
  it('lie inside their chart, on the home page and in every chart file (Chinese: SKIPPED on a machine with no Chinese font)', async ({ skip }) => {
    const files = chartSvgFiles(SITE, key);
    expect(files.length).toBeGreaterThan(3);
    const { page } = await visit(browser(), localizedPath('/', key), { viewport: { width, height: 800 } });
    if (tag.startsWith('zh') && !(await page.evaluate(drawsChinese))) {
      await page.context().close();
      const why = `SKIPPED: chart labels in ${tag} not measured: this machine has no Chinese font, so the browser draws empty boxes. Install one (apt-get install fonts-wqy-microhei, as .ci/run does) and run the tests again.`;
      console.warn(why);
      skip(why);
    }
    const onHome = await page.evaluate(labelsOutside);
    // Each chart file, as the browser draws it when the file is opened on its own (at the SVG's own size). Read
    // here and handed to the page: the page's Content-Security-Policy lets it fetch nothing.
    await page.evaluate((markups) => {
      document.body.replaceChildren();
      for (const markup of markups) {
        const file = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
        document.body.append(document.importNode(file, true));
      }
    }, files.map((file) => readFileSync(join(SITE, file), 'utf8')));
    const inFiles = await page.evaluate(labelsOutside);
    await page.context().close();
    expect(onHome).toEqual([]);
    expect(inFiles).toEqual([]);
  });
});
