import type { APIRoute } from 'astro';
import { oembedPath } from '../lib/urls.ts';

// Everything may be indexed but the embed pages, which exist to be shown inside other sites. Their oEmbed files
// stay open to robots: the servers of the sites a chart's link is pasted into fetch them (the longer rule wins,
// RFC 9309).
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Disallow: /embed/', `Allow: ${oembedPath('*')}`, ...(site ? ['', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
