import { parseHTML } from 'linkedom';

/** Returns the bars of a chart's SVG (rects of class "bar") with their widths in pixels. */
export function barsOf(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('g.bar rect')].map((rect) => ({
    width: Number(rect.getAttribute('width')),
    isHighlighted: rect.parentElement?.getAttribute('class')?.includes('bar-highlight') ?? false,
  }));
}

/** Returns the text of every <text> element of an SVG, in document order. */
export function textsOf(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((text) => text.textContent ?? '');
}
