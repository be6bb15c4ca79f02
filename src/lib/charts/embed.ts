// What another site needs to show a chart: the iframe code to paste, shown under each chart.
import { localizedPath, type Locale } from '../i18n/index.ts';
import { embedPath, publicUrl } from '../urls.ts';
import { escapeAttribute, type Chart } from './chart.ts';
import { CHART_WIDTH } from './render.ts';

/** The embed page's padding on each side, in CSS pixels (`body.embed main` in src/styles/site.css: 1rem). */
const EMBED_PADDING = 16;

/**
 * Returns the size of a chart's frame in CSS pixels. The height is the iframe's: the chart at the size it is drawn,
 * and room for its title, subtitle, notes, sources and the link back. The iframe is as wide as the column it is
 * pasted into (width="100%"); the width is the one the height is reckoned for: the chart at the width it is
 * drawn and the page's padding.
 */
export const embedFrameSize = (chart: Chart) => ({ width: CHART_WIDTH + 2 * EMBED_PADDING, height: chart.height + 260 });

/** Returns the URL of a chart's embed page in a language, absolute when the site's address is known. */
export const chartEmbedUrl = (chart: Chart, locale: Locale, site: URL | undefined) => publicUrl(localizedPath(embedPath(chart.file), locale), site);

/** Returns the HTML that shows a chart's embed page in an iframe on another site: the embed code. */
export function renderEmbedCode(chart: Chart, locale: Locale, site: URL | undefined): string {
  const { height } = embedFrameSize(chart);
  return `<iframe src="${escapeAttribute(chartEmbedUrl(chart, locale, site))}" title="${escapeAttribute(chart.title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
