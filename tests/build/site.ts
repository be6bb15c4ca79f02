import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The site built from data/, and from a fixture folder with one more year; made once by global-setup.ts. */
export const SITE = 'tests/.output/site';
export const SITE_WITH_2026 = 'tests/.output/site-2026';
export const DATA_WITH_2026 = 'tests/fixtures/data-with-2026';
/** The site built from data/ as if deployed: SITE_URL set, to a reserved example domain (never the real one). */
export const SITE_WITH_URL = 'tests/.output/site-url';
export const TEST_SITE_URL = 'https://data.example.org/';
/** What the deployment build printed. */
export const SITE_WITH_URL_OUTPUT = 'tests/.output/site-url.log';
/** The same deployment build made a second time, into another folder: the two must be byte-identical. */
export const SITE_WITH_URL_AGAIN = 'tests/.output/site-url-again';
/**
 * A copy of data/ built once, then given two releases with the release command: the first adds ADDED_FIGURE (a
 * 2026 count), the second corrects the 2025 counts (57) to 61. Built again into the same folder.
 */
export const SITE_CORRECTED = 'tests/.output/site-corrected';
export const DATA_CORRECTED = 'tests/.output/fixtures/data-corrected';
/** The row the first of those releases adds to figures.csv: not a real figure. */
export const ADDED_FIGURE = '2026,detainer_requests,BPD,40,bpd-letter-2025,A fixture figure made by the tests: not real.';
/** An English explainer that the corrected build changes (and restores) after its translations were made. */
export const CHANGED_EXPLAINER = 'src/content/explainers/about-this-data.md';

/** Runs `astro build` on a data folder into an output folder; returns its exit status and output. */
export function buildSite(dataDir: string, outDir: string, env: Record<string, string> = {}) {
  const { SITE_URL: _unset, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...inherited, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `npm run release -- <message>` on a data folder, as a maintainer would; returns its status and output. */
export function runRelease(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/release.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs the release command with a message; throws with its output if it fails. */
export function release(dataDir: string, message: string) {
  const { status, output } = runRelease(dataDir, [message]);
  if (status !== 0) throw new Error(`npm run release on ${dataDir} failed:\n${output}`);
  return output;
}

/** Returns the bytes of a built file, for example built(SITE, 'data/sources.csv'). */
export const built = (site: string, path: string) => readFileSync(join(site, path));

/** Returns the document of a built page, for example page(SITE, 'sources/'). */
export function page(site: string, path = '') {
  const html = readFileSync(join(site, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  return { html, document: parseHTML(html).document };
}
