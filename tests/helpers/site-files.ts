import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A built HTML page: its file inside the site folder and the URL path that serves it. */
export interface SitePage {
  file: string;
  path: string;
}

/** Returns every file in a built site folder, as paths relative to it with forward slashes, sorted. */
export function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(site.length + 1).split('\\').join('/'))
    .sort();
}

/** Returns every HTML page in a built site folder, found by walking it, with the URL path of each. */
export function sitePages(site: string): SitePage[] {
  return siteFiles(site)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}
