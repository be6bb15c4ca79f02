import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../helpers/chromium.ts';
import { serveFolder } from '../helpers/static-server.ts';
import { SITE } from '../build/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the site built from data/ is served, for example http://127.0.0.1:40123. */
    siteOrigin: string;
    /** The WebSocket address of the one Chromium every browser test connects to. */
    browserEndpoint: string;
  }
}

// Runs after the build (see vitest.config.ts): serves the built site and starts one browser for all test files.
export default async function setup(project: TestProject) {
  const server = await serveFolder(SITE);
  const { launched: browser, name, skipped } = await launchChromium((options) => chromium.launchServer(options));
  console.log([`Browser tests use ${name}.`, ...skipped.map((reason) => `Skipped ${reason}`)].join('\n'));
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
