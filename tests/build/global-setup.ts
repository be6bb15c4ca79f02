import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDED_FIGURE, buildSite, release, CHANGED_EXPLAINER, DATA_CORRECTED, DATA_WITH_2026, SITE, SITE_CORRECTED, SITE_WITH_2026, SITE_WITH_URL, SITE_WITH_URL_AGAIN, SITE_WITH_URL_OUTPUT, TEST_SITE_URL } from './site.ts';

// Builds shared by every build test, one after the other, as they all use .astro/: the site from data/ as a
// user first builds it, with no address; the same with an address, twice; a fixture folder with one more year.
export default function setup() {
  const build = (dataDir: string, outDir: string, env: Record<string, string> = {}) => {
    const { status, output } = buildSite(dataDir, outDir, env);
    if (status !== 0) throw new Error(`astro build of ${dataDir} failed:\n${output}`);
    return output;
  };
  build('data', SITE);
  // What the deployment build prints is kept, for the tests of its warnings.
  writeFileSync(SITE_WITH_URL_OUTPUT, build('data', SITE_WITH_URL, { SITE_URL: TEST_SITE_URL }));
  build('data', SITE_WITH_URL_AGAIN, { SITE_URL: TEST_SITE_URL });
  build(DATA_WITH_2026, SITE_WITH_2026);

  // Two releases made after a build, with the release command, as data/README.md asks: one adds a year, the
  // next (the same day, so its version ends .2 or later) corrects the 2025 counts, so that text kept from the
  // first build would show the old figure, and each release's changes are computed from its frozen files.
  rmSync(DATA_CORRECTED, { recursive: true, force: true });
  mkdirSync(DATA_CORRECTED, { recursive: true });
  cpSync('data', DATA_CORRECTED, { recursive: true });
  build(DATA_CORRECTED, SITE_CORRECTED);
  const figures = join(DATA_CORRECTED, 'figures.csv');
  writeFileSync(figures, `${readFileSync(figures, 'utf8')}${ADDED_FIGURE}\n`);
  release(DATA_CORRECTED, 'Adds a 2026 figure that is not real (made by the tests).');
  writeFileSync(figures, readFileSync(figures, 'utf8').replace(/^2025,(detainer_requests|probable_cause_requests),BPD,\d+,/gm, '2025,$1,BPD,61,'));
  release(DATA_CORRECTED, 'Corrects the 2025 counts (made by the tests).');
  // The English text changes after its translations were made, too: their pages must say they may be out of date.
  const english = readFileSync(CHANGED_EXPLAINER);
  try {
    writeFileSync(CHANGED_EXPLAINER, `${english.toString('utf8')}\nA sentence added to the English after the translations were made.\n`);
    build(DATA_CORRECTED, SITE_CORRECTED);
  } finally {
    writeFileSync(CHANGED_EXPLAINER, english);
  }
}
