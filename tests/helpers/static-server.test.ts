import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../build/site.ts';
import { serveFolder } from './static-server.ts';

const ORIGIN = inject('siteOrigin');

/** Sends a GET for a raw path, unnormalised, and returns the status, a header and the body. */
function getRaw(path: string): Promise<{ status: number; location: string | undefined; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${ORIGIN}/`, { path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, type: response.headers['content-type'], body }));
    }).on('error', reject).end();
  });
}

describe('the static server the tests use', () => {
  it('serves a folder’s index.html for its path with a trailing slash', async () => {
    const home = await getRaw('/');
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<main id="main"');
  });

  it('redirects a folder path without its trailing slash', async () => {
    expect(await getRaw('/sources')).toMatchObject({ status: 301, location: '/sources/' });
  });

  it('answers a missing path with 404.html and status 404', async () => {
    const missing = await getRaw('/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
  });

  it('serves nothing outside the site folder', async () => {
    const outside = await getRaw('/../../../package.json');
    expect(outside.status).toBe(404);
    expect(outside.body).not.toContain('"devDependencies"');
  });

  it('sends an HTML page but its end at once when asked to be slow, the end later, and the page whole', async () => {
    const slow = await serveFolder(SITE, { slowEndMs: 300 });
    const chunks: { at: number; text: string }[] = [];
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      request(`${slow.origin}/`, (response) => {
        response.on('data', (chunk: Buffer) => chunks.push({ at: Date.now() - started, text: chunk.toString('utf8') }));
        response.on('end', resolve);
      }).on('error', reject).end();
    });
    await slow.close();
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(readFileSync(`${SITE}/index.html`, 'utf8'));
    expect(chunks.at(-1)?.text).toContain('</html>');
    expect((chunks.at(-1)?.at ?? 0) - (chunks[0]?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });
});
