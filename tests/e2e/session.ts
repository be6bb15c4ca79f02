import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { SITE } from '../build/site.ts';
import { browserPages, sampledBrowserPages } from '../helpers/site-files.ts';

/** The origin the built site is served from by tests/e2e/global-setup.ts. */
export const ORIGIN = inject('siteOrigin');

/** The pages the browser checks open (tests/helpers/site-files.ts browserPages): every English page, one per template in each other language. */
export const PAGES = browserPages(SITE);

/** The pages for checks that a page's words do not change (tests/helpers/site-files.ts sampledBrowserPages): every English page, each template once in another language. */
export const SAMPLED_PAGES = sampledBrowserPages(SITE);

/** A page opened in its own browser context, with what happened while it loaded. */
export interface Visit {
  page: Page;
  /** Every request the page made, site or not, in order. */
  requests: string[];
  /** Responses from the site, for the weight of what a page loads. */
  responses: Response[];
  consoleErrors: string[];
  failedRequests: string[];
}

/** Connects to the shared browser for the tests of one file and returns a getter for it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not connected yet');
    return browser;
  };
}

/** Where a visit goes, and what it sets up before the page loads. */
export interface VisitSetup {
  /** Another server of the same site (for example one made by serveFolder with options); ORIGIN by default. */
  origin?: string;
  /** Runs before the page loads, for example to add an init script. */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** Other origins the page may reach (a page on another origin that frames the site's). */
  alsoAllow?: string[];
}

/**
 * Opens a path of the site in a fresh context and waits for it to load. Requests to any other origin are
 * recorded and then blocked, so no test ever reaches the network.
 */
export async function visit(browser: Browser, path: string, options: BrowserContextOptions = {}, { origin = ORIGIN, beforeLoad, alsoAllow = [] }: VisitSetup = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const allowed = new Set([origin, ...alsoAllow]);
  await context.route('**/*', (route) =>
    allowed.has(new URL(route.request().url()).origin) ? route.continue() : route.abort('blockedbyclient'));
  // Every Content-Security-Policy violation the page raises, kept for cspViolations().
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''}`));
  });
  const page = await context.newPage();
  await beforeLoad?.(page);
  const result: Visit = { page, requests: [], responses: [], consoleErrors: [], failedRequests: [] };
  page.on('request', (request) => result.requests.push(request.url()));
  page.on('response', (response) => {
    result.responses.push(response);
    if (response.status() >= 400) result.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('requestfailed', (request) => result.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('console', (message) => {
    if (message.type() === 'error') result.consoleErrors.push(`${message.text()} at ${message.location().url}`);
  });
  page.on('pageerror', (error) => result.consoleErrors.push(String(error)));
  await page.goto(origin + path, { waitUntil: 'load' });
  return result;
}

/** Returns the Content-Security-Policy violations a visited page has raised so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);

/** Visits a path once for the tests of one describe block (closing it after them); returns a getter. */
export function useVisit(browser: () => Browser, path: string, options: BrowserContextOptions = {}): () => Visit {
  let visited: Visit | undefined;
  beforeAll(async () => {
    visited = await visit(browser(), path, options);
  });
  afterAll(async () => {
    await visited?.page.context().close();
  });
  return () => {
    if (!visited) throw new Error(`${path} was not visited`);
    return visited;
  };
}
