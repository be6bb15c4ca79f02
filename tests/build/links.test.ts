import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { SITE } from './site.ts';

const ORIGIN = inject('siteOrigin');
// Every attribute that makes a browser go to or fetch another address.
const URL_ATTRIBUTES = [
  ['a[href]', 'href'], ['area[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
  ['source[src]', 'src'], ['iframe[src]', 'src'], ['video[src]', 'src'], ['audio[src]', 'src'], ['track[src]', 'src'],
  ['form[action]', 'action'], ['object[data]', 'data'], ['use[href]', 'href'],
] as const;

const fetched = new Map<string, Promise<{ status: number; type: string; body: Buffer }>>();
/** Fetches a URL from the test server once per run; returns its final status, content type and body. */
function get(url: string) {
  if (!fetched.has(url)) {
    fetched.set(url, fetch(url).then(async (response) => ({
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    })));
  }
  return fetched.get(url)!;
}

/** Returns every address a page points to, resolved against its own URL, with the tag it came from. */
function addresses(file: string, path: string) {
  const { document } = parseHTML(readFileSync(join(SITE, file), 'utf8'));
  return URL_ATTRIBUTES.flatMap(([selector, attribute]) => [...document.querySelectorAll(selector)].map((element) => ({
    raw: element.getAttribute(attribute) ?? '',
    url: new URL(element.getAttribute(attribute) ?? '', ORIGIN + path),
    isDownload: element.hasAttribute('download'),
  })));
}

describe.each(sitePages(SITE))('$path', ({ file, path }) => {
  const internal = addresses(file, path).filter(({ url }) => url.origin === ORIGIN);

  it('has every internal link and #fragment lead to something that exists', async () => {
    const broken: string[] = [];
    for (const { raw, url } of internal) {
      const target = await get(url.href.split('#')[0]!);
      if (target.status !== 200) broken.push(`${raw}: HTTP ${target.status}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || fragment === 'top' || target.status !== 200) continue;
      const { document } = parseHTML(target.body.toString('utf8'));
      const named = [...document.querySelectorAll('a[name]')].some((anchor) => anchor.getAttribute('name') === fragment);
      if (!document.getElementById(fragment) && !named) {
        broken.push(`${raw}: no element with id "${fragment}" on ${url.pathname}`);
      }
    }
    expect(broken, `broken links on ${path}`).toEqual([]);
  });

  it('has every download link return its file, byte for byte', async () => {
    const downloads = internal.filter(({ url, isDownload }) => isDownload || /\.(?!html$)[a-z0-9]+$/i.test(url.pathname));
    for (const { raw, url } of downloads) {
      const target = await get(url.href.split('#')[0]!);
      expect(target.status, raw).toBe(200);
      expect(target.type, raw).not.toMatch(/^text\/html/);
      expect(target.body.length, raw).toBeGreaterThan(0);
      expect(target.body.equals(readFileSync(join(SITE, decodeURIComponent(url.pathname)))), raw).toBe(true);
    }
  });
});
