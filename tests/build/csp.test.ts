import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudflareHeaders, NGINX_POLICY_FILE, nginxPolicyMap } from '../../src/lib/deploy/host-files.ts';
import { pagePolicyOf } from '../../src/lib/deploy/site-files.ts';
import { sitePages } from '../helpers/site-files.ts';
import { page, SITE } from './site.ts';

// Every page carries the Content-Security-Policy that Astro writes (security.csp in astro.config.mjs) before any
// style or script, strict, and with the hash of every script and style inlined in it, so that nothing the page
// needs is blocked and nothing else can run. The browser tests run with it enforced and see no violation.
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Returns a page's policy as its directives, each with its sources. */
function policyOf(document: Document): Map<string, string[]> {
  const content = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return new Map(content.split(';').map((directive) => directive.trim()).filter(Boolean).map((directive) => {
    const [name = '', ...sources] = directive.split(/\s+/);
    return [name, sources];
  }));
}

describe.each(sitePages(SITE).map((entry) => entry.path))('the Content-Security-Policy of %s', (path) => {
  const { html, document } = page(SITE, path === '/404.html' ? '404.html' : path.slice(1));
  const policy = policyOf(document);

  it('is given once, before any style or script that runs (a JSON-LD data block runs nothing)', () => {
    expect(document.querySelectorAll('meta[http-equiv="content-security-policy"]').length).toBe(1);
    const first = Math.min(...[/<style/, /<script(?![^>]*application\/ld\+json)/].map((tag) => html.search(tag)).filter((at) => at >= 0));
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(first);
  });

  it("allows nothing by default and nothing from another origin, with no 'unsafe-' source", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['base-uri', 'form-action', 'object-src']) expect(policy.get(directive), directive).toEqual(["'none'"]);
    const sources = [...policy.values()].flat();
    expect(sources.filter((source) => source.includes('unsafe'))).toEqual([]);
    expect(sources.filter((source) => !/^'(self|none|sha256-[A-Za-z0-9+/=]+)'$/.test(source))).toEqual([]);
  });

  it('lists the hash of every inline script and style of the page, and the page has no style attribute', () => {
    const scripts = [...document.querySelectorAll('script:not([src])')].filter((script) => script.getAttribute('type') !== 'application/ld+json');
    for (const script of scripts) expect(policy.get('script-src')).toContain(hash(script.textContent ?? ''));
    const styles = [...document.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(policy.get('style-src')).toContain(hash(style.textContent ?? ''));
    expect(document.querySelectorAll('[style]').length).toBe(0);
  });
});

describe('the hosts’ files in the build', () => {
  const pagePolicy = pagePolicyOf(SITE);

  it('give every page the one policy the pages carry, in the header as well', () => {
    expect(readFileSync(join(SITE, '_headers'), 'utf8')).toBe(cloudflareHeaders(pagePolicy));
    expect(readFileSync(join(SITE, NGINX_POLICY_FILE), 'utf8')).toBe(`${nginxPolicyMap(pagePolicy)}\n`);
    expect(readFileSync(join(SITE, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${pagePolicy}`);
  });
});
