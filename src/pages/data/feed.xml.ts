import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data/index.ts';
import { useStrings } from '../../lib/i18n/index.ts';
import { renderReleaseFeed } from '../../lib/metadata/atom-feed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(renderReleaseFeed(loadData().releases, useStrings('en'), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
