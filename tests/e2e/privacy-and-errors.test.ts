import { describe, expect, it } from 'vitest';
import { ORIGIN, PAGES, useBrowser, useVisit } from './session.ts';

const browser = useBrowser();

describe.each(PAGES)('$path', ({ path }) => {
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
});
