import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { contentTypeFor, headersFor } from '../../src/lib/deploy/headers.ts';
import { pagePolicyOf } from '../../src/lib/deploy/site-files.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { findNginx, startNginx } from '../helpers/nginx.ts';
import { SITE_WITH_URL } from './site.ts';

// Debian's nginx, started on 127.0.0.1 with the server block the site generates (src/lib/deploy/host-files.ts)
// over the deployment build: each kind of URL gets its status, type and every header of the policy; then a
// bounded load test. Without nginx these checks cannot run, and say so.
const NGINX = findNginx();
const SKIPPED = NGINX ? '' : ' (SKIPPED: nginx is not installed; apt-get install nginx, as .ci/run does, then npm test)';
if (!NGINX) console.warn(`\nThe nginx checks did not run: no nginx on this machine. Install it (sudo apt-get install nginx, which .ci/run does) or set NGINX_PATH, and run npm test again.\n`);

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const pagePolicy = pagePolicyOf(SITE_WITH_URL);
const policy = (path: string) => lowerCased(headersFor(path, { pagePolicy }));
const release = loadData({ dataDir: 'data', today: TODAY }).releases.at(-1)?.version ?? '';
/** A URL of every kind, with the file that answers it. */
const URLS: { path: string; file: string }[] = [
  { path: '/', file: 'index.html' },
  { path: '/years/2025/', file: 'years/2025/index.html' },
  { path: '/zh-hant/glossary/', file: 'zh-hant/glossary/index.html' },
  { path: '/embed/two-counts/', file: 'embed/two-counts/index.html' },
  { path: '/es/embed/two-counts/', file: 'es/embed/two-counts/index.html' },
  { path: '/embed/two-counts/oembed.json', file: 'embed/two-counts/oembed.json' },
  { path: '/es/embed/two-counts/oembed.json', file: 'es/embed/two-counts/oembed.json' },
  { path: '/data/', file: 'data/index.html' },
  { path: '/data/detainer-figures.csv', file: 'data/detainer-figures.csv' },
  { path: '/data.json', file: 'data.json' },
  { path: '/data/feed.xml', file: 'data/feed.xml' },
  { path: '/charts/two-counts.svg', file: 'charts/two-counts.svg' },
  { path: '/vi/charts/two-counts.csv', file: 'vi/charts/two-counts.csv' },
  { path: `/data/v${release}/`, file: `data/v${release}/index.html` },
  { path: `/data/v${release}/detainer-figures.csv`, file: `data/v${release}/detainer-figures.csv` },
  { path: '/og/home.png', file: 'og/home.png' },
  { path: '/favicon.ico', file: 'favicon.ico' },
  { path: '/sitemap-index.xml', file: 'sitemap-index.xml' },
];

/** Returns the headers of a response that the policy speaks of, by lower-case name. */
const headersOf = (response: Response) => Object.fromEntries([...response.headers.entries()]);

describe(`the site on a real nginx${SKIPPED}`, () => {
  let server: Awaited<ReturnType<typeof startNginx>> | undefined;
  beforeAll(async () => {
    if (NGINX) server = await startNginx(NGINX, SITE_WITH_URL, 'tests/.output/nginx');
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  const origin = () => server?.origin ?? '';

  it.skipIf(!NGINX).each(URLS)('serves $path with its status, type and every header of the policy', async ({ path, file }) => {
    const response = await fetch(origin() + path, { redirect: 'manual' });
    expect(response.status).toBe(200);
    const headers = headersOf(response);
    expect(headers).toMatchObject(policy(path));
    expect(headers['content-type']).toBe(contentTypeFor(`/${file}`));
    expect(headers).not.toHaveProperty('strict-transport-security');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(SITE_WITH_URL, file)))).toBe(true);
  });

  it.skipIf(!NGINX)('redirects a page’s address without its trailing slash to it, with a relative location', async () => {
    const response = await fetch(`${origin()}/years/2025`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/years/2025/');
    expect(headersOf(response)).toMatchObject(policy('/years/2025/'));
  });

  it.skipIf(!NGINX)('answers an unknown address with the 404 page, status 404, and the headers of a page', async () => {
    const response = await fetch(`${origin()}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(SITE_WITH_URL, '404.html'), 'utf8'));
    expect(headersOf(response)).toMatchObject(policy('/404.html'));
  });

  it.skipIf(!NGINX).each(['/', '/data/detainer-figures.csv', '/data.json', '/data/feed.xml', '/charts/two-counts.svg'])('compresses %s with gzip when asked', async (path) => {
    const response = await fetch(origin() + path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
  });

  it.skipIf(!NGINX)('serves 20,000 requests over 50 connections across every kind of URL with no error and no unexpected status', async () => {
    const result = await autocannon({
      url: origin(),
      connections: 50,
      amount: 20_000,
      requests: URLS.map(({ path }) => ({ method: 'GET', path })),
    });
    console.log(`nginx on loopback: ${result.requests.total} requests, ${Math.round(result.requests.average)} requests/s on average, p99 latency ${result.latency.p99} ms`);
    expect(result.requests.total).toBeGreaterThanOrEqual(20_000);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
  }, 120_000);
});
