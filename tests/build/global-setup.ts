import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, DATA_CORRECTED, DATA_WITH_2026, SITE, SITE_CORRECTED, SITE_WITH_2026 } from './site.ts';

// One build per data folder, shared by every build test; one after the other, as all use .astro/.
export default function setup() {
  const build = (dataDir: string, outDir: string) => {
    const { status, output } = buildSite(dataDir, outDir);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
  };
  build('data', SITE);
  build(DATA_WITH_2026, SITE_WITH_2026);

  // A correction made after a build: the same folder built twice into the same place, the 2025 counts changed
  // in between, so that text kept from the first build would show the old figure.
  rmSync(DATA_CORRECTED, { recursive: true, force: true });
  mkdirSync(DATA_CORRECTED, { recursive: true });
  cpSync('data', DATA_CORRECTED, { recursive: true });
  build(DATA_CORRECTED, SITE_CORRECTED);
  const figures = join(DATA_CORRECTED, 'figures.csv');
  writeFileSync(figures, readFileSync(figures, 'utf8').replace(/^2025,(detainer_requests|probable_cause_requests),BPD,\d+,/gm, '2025,$1,BPD,61,'));
  build(DATA_CORRECTED, SITE_CORRECTED);
}
