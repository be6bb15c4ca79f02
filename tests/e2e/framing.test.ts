import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, useBrowser, visit } from './session.ts';

const browser = useBrowser();

// Another site, on a second loopback port (so another origin), that frames an embed page and a normal page of
// this one. The tests' server sends the site's production headers (src/lib/deploy/headers.ts): embed pages say
// any site may frame them, every other page says none may.
const FRAMED = { embed: '/embed/two-counts/', page: '/years/2025/' };
let other: Server;
let otherOrigin = '';

beforeAll(async () => {
  other = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Another site</title>
<iframe name="embed" src="${ORIGIN}${FRAMED.embed}" width="400" height="500"></iframe>
<iframe name="page" src="${ORIGIN}${FRAMED.page}" width="400" height="500"></iframe>`);
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => other.close(() => done()));
});

describe('framing by another site', () => {
  it('shows an embed page inside another origin’s iframe, and refuses to show a normal page there', async () => {
    const { page } = await visit(browser(), '/', {}, { origin: otherOrigin, alsoAllow: [ORIGIN] });
    await page.waitForLoadState('load');
    const frame = (name: string) => page.frames().find((candidate) => candidate.name() === name);
    // The embed page loaded in its frame: its chart is there.
    const embedChart = await frame('embed')?.locator('svg').count();
    // The refused page never loaded: Chromium shows its own error page in the frame instead.
    const refusedUrl = frame('page')?.url() ?? '';
    const refusedHeading = await frame('page')?.locator('h1').count().catch(() => 0);
    await page.context().close();
    expect(embedChart).toBeGreaterThan(0);
    expect(refusedUrl).not.toBe(`${ORIGIN}${FRAMED.page}`);
    expect(refusedHeading).toBe(0);
  });
});
