import type { Page } from 'playwright-core';

/** One element that has keyboard focus, as seen by a keyboard user. */
export interface FocusStop {
  /** Where the element is in the document's list of focusable elements, or -1 when it is not in it. */
  index: number;
  label: string;
  /** Position in the document, in CSS px, taken while focused. */
  top: number;
  left: number;
  right: number;
  /** How the focused element looks different from when it is not focused; empty when it does not. */
  indicator: string[];
  /** Whether any of it is inside the viewport while focused. */
  inView: boolean;
}

const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, '
  + '[tabindex], [contenteditable="true"], [contenteditable=""], audio[controls], video[controls]';

/**
 * Lists, in document order, every element a keyboard user should reach with Tab (focusable, not disabled,
 * rendered, tabindex not negative), and stores each one's unfocused look in the page for focusStop().
 * Returns their labels.
 */
export function listTabStops(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        outline: style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        'box-shadow': style.boxShadow,
        'background-color': style.backgroundColor,
        color: style.color,
        border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor} ${style.borderBottomStyle} ${style.borderBottomWidth} ${style.borderBottomColor}`,
        'text-decoration': `${style.textDecorationLine} ${style.textDecorationThickness} ${style.textDecorationStyle}`,
      };
    };
    const stops = [...document.querySelectorAll(selector)].filter((element) => {
      const html = element as HTMLElement;
      // checkVisibility() is false inside a closed <details>, whose content is laid out but cannot take focus.
      return html.tabIndex >= 0 && !html.matches(':disabled') && !html.closest('[inert]') && html.getClientRects().length > 0
        && html.checkVisibility({ visibilityProperty: true });
    });
    const label = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"${element.getAttribute('href') ? ` → ${element.getAttribute('href')}` : ''}`;
    const state = window as unknown as { tabStops: Element[]; unfocusedLooks: Array<Record<string, string>>; label: (element: Element) => string; look: typeof look };
    state.tabStops = stops;
    state.unfocusedLooks = stops.map(look);
    state.label = label;
    state.look = look;
    return stops.map(label);
  }, FOCUSABLE);
}

/** Describes the element that has focus now, compared with how it looked unfocused (see listTabStops). */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const state = window as unknown as { tabStops: Element[]; unfocusedLooks: Array<Record<string, string>>; label: (element: Element) => string; look: (element: Element) => Record<string, string> };
    const element = document.activeElement ?? document.body;
    const index = state.tabStops.indexOf(element);
    const box = element.getBoundingClientRect();
    const before = state.unfocusedLooks[index] ?? {};
    const now = state.look(element);
    const indicator = Object.entries(now)
      .filter(([property, value]) => before[property] !== value && (property !== 'outline' || value !== 'none'))
      .map(([property, value]) => `${property}: ${before[property] ?? '?'} → ${value}`);
    return {
      index,
      label: state.label(element),
      top: box.top + window.scrollY,
      left: box.left + window.scrollX,
      right: box.right + window.scrollX,
      indicator,
      inView: box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth,
    };
  });
}
