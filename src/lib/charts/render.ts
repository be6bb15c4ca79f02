import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The width every chart is drawn at: at 320 CSS px the page shows it at about 0.9×, so 14 px text stays ≥ 12 px. */
export const CHART_WIDTH = 320;
export const FONT_SIZE = 14;
/** The class of every chart Plot draws, named by the stylesheets' rules for it (src/styles/site.css, standalone.ts). */
export const PLOT_CLASS = 'plot';
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Returns Plot's SVG for the options, as markup, drawn on a server-side document (no browser needed). */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
    width: CHART_WIDTH,
    className: PLOT_CLASS,
  });
  // Plot puts a <style> of its own in every chart: under the site's Content-Security-Policy (no inline style but
  // by hash) it would be dropped, so its rules live in the site's stylesheet and the chart files' own instead.
  svg.querySelector('style')?.remove();
  // Plot writes text at 10 px in system-ui and names each group for assistive technology. Here the size and
  // font are set as attributes (a page may not use inline styles), and the names go: the whole SVG is one
  // image, described by the chart's text alternative, and a name on a plain <g> is not allowed.
  return svg.outerHTML
    .replace(' font-size="10"', ` font-size="${FONT_SIZE}"`)
    .replace(/ font-family="[^"]*"/, ` font-family='${FONT_FAMILY}'`)
    .replace(/ aria-label="[^"]*"/g, '');
}
