import type { APIRoute } from 'astro';

// Everything may be indexed but the embed pages, which exist to be shown inside other sites.
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Disallow: /embed/', ...(site ? ['', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
