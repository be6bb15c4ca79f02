// `npm run find:chromium`: starts the Chromium the browser tests would use, prints which one, and exits 1 if
// none starts (.ci/run then installs Debian's chromium as a fallback).
import { chromium } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';

try {
  const { launched: browser, name } = await launchChromium((options) => chromium.launch(options));
  console.log(`Browser tests use ${name}: Chromium ${browser.version()}.`);
  await browser.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
