import { buildSite, DATA_WITH_2026, SITE, SITE_WITH_2026, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

// Builds shared by every build test, one after the other, as they all use .astro/: the site from data/ as a
// user first builds it, with no address; the same with an address; a fixture folder with one more year.
export default function setup() {
  const builds = [
    ['data', SITE, {}],
    ['data', SITE_WITH_URL, { SITE_URL: TEST_SITE_URL }],
    [DATA_WITH_2026, SITE_WITH_2026, {}],
  ] as const;
  for (const [dataDir, outDir, env] of builds) {
    const { status, output } = buildSite(dataDir, outDir, env);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
  }
}
