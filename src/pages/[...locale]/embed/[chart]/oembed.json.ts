import type { APIRoute } from 'astro';
import { oembedResponse } from '../../../../lib/charts/embed.ts';
import { chartFilePaths, type ChartFileProps } from '../../../../lib/charts/endpoints.ts';
import { jsonResponse } from '../../../../lib/downloads/serve.ts';
import { localeOf } from '../../../../lib/i18n/index.ts';

// /embed/<file>/oembed.json, /es/embed/<file>/oembed.json …: the chart's oEmbed response, beside its embed page,
// which the discovery links in the head of every page that shows the chart point to (see oembedResponse for its
// URLs when the site's address is not set).
export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<ChartFileProps> = ({ props, params, site }) =>
  jsonResponse(oembedResponse(props.chart, localeOf(params['locale']), site, props.text.siteName));
