import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The site built from data/, and from a fixture folder with one more year; made once by global-setup.ts. */
export const SITE = 'tests/.output/site';
export const SITE_WITH_2026 = 'tests/.output/site-2026';
export const DATA_WITH_2026 = 'tests/fixtures/data-with-2026';
/** A copy of data/ with the 2025 counts corrected to 61 after a first build, built again into the same folder. */
export const SITE_CORRECTED = 'tests/.output/site-corrected';
export const DATA_CORRECTED = 'tests/.output/fixtures/data-corrected';

/** Runs `astro build` on a data folder into an output folder; returns its exit status and output. */
export function buildSite(dataDir: string, outDir: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Returns the document of a built page, for example page(SITE, 'sources/'). */
export function page(site: string, path = '') {
  const html = readFileSync(join(site, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  return { html, document: parseHTML(html).document };
}
