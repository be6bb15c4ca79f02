import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Returns every file of a built site folder, as paths relative to it with forward slashes, sorted. */
export function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(site.replace(/\/$/, '').length + 1).split('\\').join('/'))
    .sort();
}
