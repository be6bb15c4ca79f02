// `npm run screenshots`: builds the site, then saves full-page screenshots of the home page, a year page, the
// data catalog, an explainer and a chart's embed page, 320 and 1280 px wide, as they are and with forced colours
// (Windows high contrast; <name>-<width>-forced.png), into screenshots/ (git-ignored), for people to look at.
// Pages that are not in the build yet are skipped, and the script says so.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { sitePages } from '../tests/helpers/site-files.ts';
import { serveFolder } from '../tests/helpers/static-server.ts';

const SITE = process.env['OUT_DIR'] ?? 'dist';
const OUTPUT = 'screenshots';
const WIDTHS = [320, 1280];

const pages = sitePages(SITE);
const wanted = [
  { name: 'home', what: 'the home page (index.html)', pattern: /^index\.html$/ },
  { name: 'year', what: 'a year page (years/<year>/index.html)', pattern: /^years\/[^/]+\/index\.html$/ },
  { name: 'data-catalog', what: 'the data catalog (data/index.html)', pattern: /^data\/index\.html$/ },
  { name: 'explainer', what: 'an explainer (explainers/<slug>/index.html)', pattern: /^explainers\/[^/]+\/index\.html$/ },
  { name: 'embed', what: 'a chart’s embed page (embed/<chart>/index.html)', pattern: /^embed\/[^/]+\/index\.html$/ },
];
const COLOURS = [{ suffix: '', forcedColors: 'none' }, { suffix: '-forced', forcedColors: 'active' }] as const;

mkdirSync(OUTPUT, { recursive: true });
const server = await serveFolder(SITE);
const { launched: browser, name } = await launchChromium((options) => chromium.launch(options));
console.log(`Screenshots of ${SITE}/ with ${name}:`);
try {
  for (const { name: shot, what, pattern } of wanted) {
    const found = pages.find((page) => pattern.test(page.file));
    if (!found) {
      console.log(`  skipped ${what}: not in ${SITE}/ yet`);
      continue;
    }
    for (const width of WIDTHS) {
      for (const { suffix, forcedColors } of COLOURS) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, forcedColors });
        await page.goto(server.origin + found.path, { waitUntil: 'load' });
        const file = `${OUTPUT}/${shot}-${width}${suffix}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(`  ${file}  ${found.path}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
