import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor } from '../../src/lib/deploy/headers.ts';
import { cloudflareHeaders, netlifyHeaders, nginxConfig, PRODUCTION_NGINX } from '../../src/lib/deploy/host-files.ts';

/** The rules of a _headers file: each path pattern with its lines. */
function rulesOf(text: string): { pattern: string; lines: string[] }[] {
  return text.split(/\n\s*\n/).map((block) => block.split('\n').filter((line) => line.trim() && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map(([pattern = '', ...lines]) => ({ pattern, lines: lines.map((line) => line.trim()) }));
}

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(path);

/** What Cloudflare Pages sends for a path: every matching rule in order, `! Name` detaching, repeats joined with a comma. */
function cloudflare(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesOf(text).filter((candidate) => matches(candidate.pattern, path))) {
    for (const line of rule.lines) {
      if (line.startsWith('! ')) delete headers[line.slice(2)];
      else {
        const [name = '', value = ''] = line.split(/: (.*)/);
        headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      }
    }
  }
  return headers;
}

/** A page policy as Astro writes it (the hashes are made up). */
const PAGE_POLICY = "default-src 'none';img-src 'self'; script-src 'self' 'sha256-AAAA'; style-src 'self' 'sha256-BBBB';";

const PATHS = ['/', '/years/2025/', '/es/glossary/', '/embed/two-counts/', '/zh-hant/embed/two-counts/', '/data/detainer-figures.csv', '/data.json', '/data/feed.xml',
  '/charts/two-counts.svg', '/pt-br/charts/two-counts.png', '/data/v2026.11.30/', '/data/v2026.11.30/detainer-figures.csv', '/og/home.png', '/favicon.ico',
  '/embed/two-counts/oembed.json', '/vi/embed/requests-by-year-2024/oembed.json'];

describe('Cloudflare Pages’ _headers', () => {
  const file = cloudflareHeaders(PAGE_POLICY);

  it('gives each kind of path exactly the headers of the policy over HTTPS, once each, pages with the pages’ own policy', () => {
    for (const path of PATHS) expect(cloudflare(file, path), path).toEqual(headersFor(path, { https: true, pagePolicy: PAGE_POLICY }));
    expect(cloudflare(file, '/years/2025/')['Content-Security-Policy']).toBe(`${PAGE_POLICY} frame-ancestors 'none'`);
    expect(cloudflare(file, '/es/embed/two-counts/')['Content-Security-Policy']).toBe(`${PAGE_POLICY} frame-ancestors *`);
    expect(cloudflare(file, '/data/detainer-figures.csv')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  it('stays within Cloudflare’s 100 rules', () => {
    expect(rulesOf(file).length).toBeLessThanOrEqual(100);
  });
});

describe('Netlify’s _headers', () => {
  const files = PATHS.map((path) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)));
  const file = netlifyHeaders(files, PAGE_POLICY);

  it('has no `!` line, and no two rules that match a file set the same header', () => {
    expect(file).not.toMatch(/^\s*!/m);
    for (const path of PATHS) {
      const names = rulesOf(file).filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.lines.map((line) => line.split(':')[0]));
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('gives each published file the headers of the policy over HTTPS', () => {
    for (const path of PATHS) expect(cloudflare(file, path), path).toEqual(headersFor(path, { https: true, pagePolicy: PAGE_POLICY }));
  });
});

describe('the nginx configuration in deploy/', () => {
  it('is the one the policy makes now (run npm run deploy:config after changing the policy)', () => {
    expect(readFileSync(PRODUCTION_NGINX.path, 'utf8')).toBe(nginxConfig(PRODUCTION_NGINX.options));
  });

  it('sends HSTS over HTTPS and sends plain HTTP to HTTPS', () => {
    expect(readFileSync(PRODUCTION_NGINX.path, 'utf8')).toContain('add_header Strict-Transport-Security "max-age=63072000" always;');
    expect(readFileSync(PRODUCTION_NGINX.path, 'utf8')).toContain('return 301 https://$host$request_uri;');
  });
});
