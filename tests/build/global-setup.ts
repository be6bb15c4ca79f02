import { buildSite, DATA_WITH_2026, FIXTURE_SITE_URL, SITE, SITE_WITH_2026 } from './site.ts';

// One build per data folder, shared by every build test; one after the other, as both use .astro/.
// The site from data/ is built as a user would first build it, with no address; the fixture one with an address.
export default function setup() {
  for (const [dataDir, outDir, siteUrl] of [['data', SITE, ''], [DATA_WITH_2026, SITE_WITH_2026, FIXTURE_SITE_URL]] as const) {
    const { status, output } = buildSite(dataDir, outDir, siteUrl);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
  }
}
