// `npm run bench`: a benchmark, not a test. Builds the site from data/ and from synthetic data about 10× and
// 100× larger (more years, more reporting agencies), and prints for each the build time, the page count and
// the gzipped bytes of each kind of page; then the first paint of two pages with the stylesheet inlined (as
// built) and linked, on a slow connection. Timings vary from run to run and machine to machine.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { sitePages, templateOf } from '../tests/helpers/site-files.ts';
import { serveFolder } from '../tests/helpers/static-server.ts';

const OUT = 'tests/.output/bench';
const today = new Date().toISOString().slice(0, 10);

/** Writes a copy of data/ with synthetic figures added, released, and returns its folder and figure count. */
function syntheticData(scale: 1 | 10 | 100): { dir: string; figures: number } {
  const dir = join(OUT, `data-${scale}x`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('data', dir, { recursive: true });
  const figures = readFileSync(join(dir, 'figures.csv'), 'utf8').trim().split('\n').length - 1;
  if (scale === 1) return { dir, figures };
  // Every year from 2003 (ICE's first) to 2020 for both agencies, then, for 100×, twenty more agencies each with
  // a count for every year: invented numbers, in a folder of their own, never published.
  const years = Array.from({ length: 18 }, (_, index) => 2003 + index);
  const agencies = scale === 100 ? Array.from({ length: 20 }, (_, index) => `AGENCY${String(index + 1).padStart(2, '0')}`) : [];
  if (agencies.length > 0) appendFileSync(join(dir, 'agencies.csv'), agencies.map((id, index) => `${id},Synthetic agency ${index + 1}\n`).join(''));
  const rows = [
    ...years.flatMap((year) => [`${year},detainer_requests,BPD,${(year * 7) % 40},bpd-statement-2024,`, `${year},detainer_requests,ICE,${(year * 13) % 300},wbur-fax,`]),
    ...years.flatMap((year) => ['probable_cause_requests', 'transfers_to_ice_custody'].map((measure) => `${year},${measure},BPD,${year % 5},bpd-letter-2025,`)),
    ...agencies.flatMap((agency) => [...years, 2021, 2022, 2023, 2024, 2025].flatMap((year) => ['detainer_requests', 'transfers_to_ice_custody'].map((measure) => `${year},${measure},${agency},${(year + agency.length) % 90},bpd-letter-2025,`))),
  ];
  appendFileSync(join(dir, 'figures.csv'), `${rows.join('\n')}\n`);
  appendFileSync(join(dir, 'releases.csv'), `${today.replaceAll('-', '.')}.9,${today},Synthetic data for the benchmark.\n`);
  const release = spawnSync(process.execPath, ['scripts/release.ts'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
  if (release.status !== 0) throw new Error(`release of ${dir} failed:\n${release.stdout}${release.stderr}`);
  return { dir, figures: figures + rows.length };
}

/** Builds a data folder into a site folder; returns the seconds it took. */
function build(dataDir: string, outDir: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, SITE_URL: 'https://bench.example.org/', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build of ${dataDir} failed:\n${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('Build time and page weight (HTML gzipped, zlib default level) by the size of the data\n');
for (const scale of [1, 10, 100] as const) {
  const { dir, figures } = syntheticData(scale);
  const site = join(OUT, `site-${scale}x`);
  const seconds = build(dir, site);
  const byKind = new Map<string, number[]>();
  for (const { file, path } of sitePages(site)) {
    const kind = templateOf(path);
    byKind.set(kind, [...(byKind.get(kind) ?? []), gzipSync(readFileSync(join(site, file))).length]);
  }
  const pages = [...byKind.values()].flat().length;
  console.log(`${String(scale).padStart(3)}× data: ${figures} figures, ${pages} pages, built in ${seconds.toFixed(1)} s`);
  for (const [kind, sizes] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`    ${kind.padEnd(24)} ${String(sizes.length).padStart(4)} pages   mean ${kb(sizes.reduce((sum, size) => sum + size, 0) / sizes.length).padStart(8)}   max ${kb(Math.max(...sizes)).padStart(8)}`);
  }
}

// First paint: the same data built with the stylesheet inlined and linked, opened on a connection with 150 ms
// of latency each way, the median of five loads of each page.
const inlined = join(OUT, 'site-1x');
const linked = join(OUT, 'site-linked');
build(join(OUT, 'data-1x'), linked, { INLINE_STYLESHEETS: 'never' });
const { launched: browser } = await launchChromium((options) => chromium.launch(options));
console.log('\nFirst contentful paint, 150 ms latency, median of 5 loads');
for (const [name, site] of [['stylesheet inlined', inlined], ['stylesheet linked', linked]] as const) {
  const server = await serveFolder(site);
  for (const path of ['/', '/years/2025/']) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
      await page.goto(server.origin + path, { waitUntil: 'load' });
      // The paint entry may be recorded just after the load event: wait for it.
      times.push(await page.evaluate(() => new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) done(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      })));
      await context.close();
    }
    const median = times.toSorted((a, b) => a - b)[2] ?? Number.NaN;
    console.log(`    ${name.padEnd(20)} ${path.padEnd(14)} ${Math.round(median)} ms`);
  }
  await server.close();
}
await browser.close();
writeFileSync(join(OUT, 'done'), today);
