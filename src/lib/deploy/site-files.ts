import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Returns every file of a built site folder, as paths relative to it with forward slashes, sorted. */
export function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(site.replace(/\/$/, '').length + 1).split('\\').join('/'))
    .sort();
}

/**
 * Returns the Content-Security-Policy of a built site's pages: the <meta> that Astro writes, which lists the
 * hashes of every script and style the site inlines and so is the same on every page. Throws if a page has
 * none or another one, since the hosts' headers give every page the same policy.
 */
export function pagePolicyOf(site: string): string {
  const policies = new Map<string, string>();
  for (const file of siteFiles(site).filter((name) => name.endsWith('.html'))) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(site, file), 'utf8'));
    if (!meta?.[1]) throw new Error(`${file} has no Content-Security-Policy <meta>`);
    policies.set(meta[1].replaceAll('&#39;', "'"), file);
  }
  if (policies.size !== 1) throw new Error(`The pages have ${policies.size} different Content-Security-Policies (${[...policies.values()].join(', ')}); the header can give only one`);
  return [...policies.keys()][0] ?? '';
}
