import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The axe-core tags of every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA. */
export const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on a loaded page for the given tags; returns each violation as readable lines, or none. */
export async function axeViolations(page: Page, tags: string[] = WCAG_A_AA): Promise<string[]> {
  // Run through the DevTools protocol, not added as a <script>: the page's Content-Security-Policy would block it.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (runOnly) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] }),
    tags,
  );
  return results.violations.map((violation) => [
    `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
    ...violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.html.slice(0, 160)}${node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
  ].join('\n'));
}
