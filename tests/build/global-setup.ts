import { buildSite, DATA_WITH_2026, SITE, SITE_WITH_2026, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

// One build per data folder (and one with the site's address set), shared by every build test; one after
// the other, as they all use .astro/.
export default function setup() {
  const builds = [['data', SITE, {}], [DATA_WITH_2026, SITE_WITH_2026, {}], ['data', SITE_WITH_URL, { SITE_URL: TEST_SITE_URL }]] as const;
  for (const [dataDir, outDir, env] of builds) {
    const { status, output } = buildSite(dataDir, outDir, env);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
  }
}
