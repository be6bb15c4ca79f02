import { describe, expect, it } from 'vitest';
import { ORIGIN, SAMPLED_PAGES, useBrowser, useVisit } from './session.ts';

const browser = useBrowser();

describe.each(SAMPLED_PAGES)('$path', ({ path }) => {
  const visited = useVisit(browser, path);

  it('requests nothing from any origin but the site’s own, and hints at no other', async () => {
    const foreign = visited().requests.filter((url) => new URL(url).origin !== ORIGIN);
    expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([]);
    // A preconnect or dns-prefetch reaches out without showing up as a request.
    const hints = await visited().page.$$eval('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="prerender"]',
      (links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(hints.filter((href) => new URL(href).origin !== ORIGIN), 'resource hints to other origins').toEqual([]);
  });

  it('sets no cookie and stores nothing in the browser', async () => {
    const { page } = visited();
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length), 'web storage entries').toBe(0);
  });

  it('logs no console error and no request fails', () => {
    expect(visited().consoleErrors, 'console errors').toEqual([]);
    expect(visited().failedRequests, 'failed requests').toEqual([]);
  });

  // Headless Chromium asks for no icon, but a desktop browser asks for the icons a page declares, or for
  // /favicon.ico when it declares none, on a first visit. Playwright hides and aborts any request for a
  // favicon.ico, so each is fetched outside the page, then decoded as an image by a blank page (the site's
  // Content-Security-Policy rightly refuses images from blob: addresses).
  it('declares an icon, and every icon a browser may ask for loads as an image', async () => {
    const { page } = visited();
    const declared = await page.$$eval('link[rel~="icon"]', (links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    const icons = [];
    const decoder = await page.context().newPage();
    for (const path of [...new Set([...declared, '/favicon.ico'])]) {
      const response = await page.request.get(ORIGIN + path);
      const isImage = await decoder.evaluate(async ({ bytes, type }) => {
        const image = new Image();
        image.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(bytes), (char) => char.charCodeAt(0))], { type }));
        return image.decode().then(() => image.naturalWidth > 0, () => false);
      }, { bytes: (await response.body()).toString('base64'), type: response.headers()['content-type'] ?? '' });
      icons.push({ path, status: response.status(), isImage });
    }
    await decoder.close();
    expect(declared, 'icons the page declares').toEqual(['/favicon.ico', '/favicon.svg']);
    expect(icons.filter((icon) => icon.status !== 200 || !icon.isImage), 'icons that do not load as images').toEqual([]);
  });
});
