import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The site built from data/, and from a fixture folder with one more year; made once by global-setup.ts. */
export const SITE = 'tests/.output/site';
export const SITE_WITH_2026 = 'tests/.output/site-2026';
export const DATA_WITH_2026 = 'tests/fixtures/data-with-2026';

/** The address the fixture build is given, to check absolute URLs and the sitemap (example.org is reserved for examples). */
export const FIXTURE_SITE_URL = 'https://example.org';

/** Runs `astro build` on a data folder into an output folder; returns its exit status and output. */
export function buildSite(dataDir: string, outDir: string, siteUrl = '') {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Returns the document of a built page, for example page(SITE, 'sources/'). */
export function page(site: string, path = '') {
  const html = readFileSync(join(site, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  return { html, document: parseHTML(html).document };
}
