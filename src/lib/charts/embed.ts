// What another site needs to show a chart: the iframe code to paste (shown under each chart), and the same code as
// an oEmbed response (https://oembed.com/), which a blog or a social site fetches when someone pastes a link.
import { localizedPath, type Locale } from '../i18n/index.ts';
import { embedPath, oembedPath, publicUrl } from '../urls.ts';
import { escapeAttribute, type Chart } from './chart.ts';
import { CHART_WIDTH } from './render.ts';

/** The type of an oEmbed discovery link to a JSON response. */
export const OEMBED_TYPE = 'application/json+oembed';

/** The embed page's padding on each side, in CSS pixels (`body.embed main` in src/styles/site.css: 1rem). */
const EMBED_PADDING = 16;

/**
 * Returns the size of a chart's frame in CSS pixels. The height is the iframe's: the chart at the size it is drawn,
 * and room for its title, subtitle, notes, sources and the link back. The iframe is as wide as the column it is
 * pasted into (width="100%"); oEmbed needs a number, so the width is the one the height is reckoned for: the
 * chart at the width it is drawn and the page's padding.
 */
export const embedFrameSize = (chart: Chart) => ({ width: CHART_WIDTH + 2 * EMBED_PADDING, height: chart.height + 260 });

/** Returns the URL of a chart's embed page in a language, absolute when the site's address is known. */
export const chartEmbedUrl = (chart: Chart, locale: Locale, site: URL | undefined) => publicUrl(localizedPath(embedPath(chart.file), locale), site);

/** Returns the URL of a chart's oEmbed response in a language, absolute when the site's address is known. */
export const chartOembedUrl = (chart: Chart, locale: Locale, site: URL | undefined) => publicUrl(localizedPath(oembedPath(chart.file), locale), site);

/** Returns the HTML that shows a chart's embed page in an iframe on another site: the embed code. */
export function renderEmbedCode(chart: Chart, locale: Locale, site: URL | undefined): string {
  const { height } = embedFrameSize(chart);
  return `<iframe src="${escapeAttribute(chartEmbedUrl(chart, locale, site))}" title="${escapeAttribute(chart.title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** An oEmbed discovery link: where the chart's response is, and the chart's title. */
export interface OembedLink {
  href: string;
  title: string;
}

/** Returns the discovery link (`<link rel="alternate" type="application/json+oembed">`) of a chart, for a page's head. */
export const oembedLink = (chart: Chart, locale: Locale, site: URL | undefined): OembedLink => ({ href: chartOembedUrl(chart, locale, site), title: chart.title });

/** An oEmbed 1.0 response of type "rich": HTML to show, and the space it needs. */
export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/**
 * Returns a chart's oEmbed response: the embed code as `html`, its frame's size, the chart's title and the site as
 * provider. Consumers need absolute URLs, which exist only when the site's address is known (SITE_URL, which a build
 * for deployment requires). Without it, as everywhere else on the site, the URLs are root-relative (`/embed/…/`,
 * `/`): the files are still written, so that a local build has the same files and links, but no domain is invented.
 */
export function oembedResponse(chart: Chart, locale: Locale, site: URL | undefined, siteName: string): OembedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: siteName,
    provider_url: publicUrl('/', site),
    html: renderEmbedCode(chart, locale, site),
    ...embedFrameSize(chart),
  };
}
