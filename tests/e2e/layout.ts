import type { Page } from 'playwright-core';

/** What in a laid-out page does not fit: how far it scrolls sideways, and which elements stick out or are cut. */
export interface Fit {
  viewportWidth: number;
  scrollWidth: number;
  /** Elements whose right edge passes the viewport's, outside any box that scrolls sideways. */
  stickingOut: string[];
  /** Elements that hide overflow (overflow: hidden or clip) and have more content than they show. */
  clipped: string[];
}

/** Measures how a loaded page fits its viewport. */
export function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${element.tagName.toLowerCase()}${id}${classes} "${text}"`;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    // Visually hidden text (the usual 1px box) and elements parked off screen (a skip link) are meant to be unseen.
    const isUnseen = (element: Element, box: DOMRect) => {
      const style = getComputedStyle(element);
      return box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || box.bottom < 0
        || !['auto', ''].includes(style.getPropertyValue('clip')) || style.clipPath !== 'none';
    };
    const viewportWidth = document.documentElement.clientWidth;
    const stickingOut: string[] = [];
    const clipped: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (isUnseen(element, box)) continue;
      const style = getComputedStyle(element);
      let scroller = element.parentElement;
      while (scroller && !scrolls(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (!scroller && box.right > viewportWidth + 0.5) stickingOut.push(`${describe(element)} reaches ${Math.round(box.right)} px`);
      const cutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      if (cutX || cutY) clipped.push(`${describe(element)} shows ${element.clientWidth}×${element.clientHeight} of ${element.scrollWidth}×${element.scrollHeight} px`);
    }
    return { viewportWidth, scrollWidth: document.documentElement.scrollWidth, stickingOut, clipped };
  });
}

/** Returns each element with text of its own whose font size did not grow at least `factor` times. */
export function textThatDidNotGrow(page: Page, before: Map<string, number>, factor: number): Promise<string[]> {
  return page.evaluate(({ sizes, factor }) => {
    const smaller: string[] = [];
    for (const [index, size] of sizes) {
      const element = document.querySelectorAll('body *')[Number(index)];
      if (!element) continue;
      const now = Number.parseFloat(getComputedStyle(element).fontSize);
      if (now < size * factor) smaller.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}": ${size} px → ${now} px`);
    }
    return smaller;
  }, { sizes: [...before], factor });
}

/** Returns the font size of every element with text of its own (outside SVG), by its index in the page. */
export async function textSizes(page: Page): Promise<Map<string, number>> {
  const sizes = await page.evaluate(() => {
    const result: Array<[string, number]> = [];
    document.querySelectorAll('body *').forEach((element, index) => {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (ownText && !element.closest('svg')) result.push([String(index), Number.parseFloat(getComputedStyle(element).fontSize)]);
    });
    return result;
  });
  return new Map(sizes);
}
