import { buildSite, DATA_WITH_2026, SITE, SITE_WITH_2026 } from './site.ts';

// One build per data folder, shared by every build test; one after the other, as both use .astro/.
export default function setup() {
  for (const [dataDir, outDir] of [['data', SITE], [DATA_WITH_2026, SITE_WITH_2026]] as const) {
    const { status, output } = buildSite(dataDir, outDir);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
  }
}
