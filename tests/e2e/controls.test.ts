import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../build/site.ts';
import { serveFolder } from '../helpers/static-server.ts';
import { SAMPLED_PAGES, useBrowser, visit } from './session.ts';

const browser = useBrowser();

/** One page of each kind (the last): a year's page for every year, a release's for every release, one embed, one explainer. */
const kindOf = (path: string) => path.replace(/\/[^/]*\d[^/]*\//g, '/*/').replace(/^\/(embed|explainers)\/[^/]+\//, '/$1/*/');
const PAGE_KINDS = [...new Map(SAMPLED_PAGES.map((page) => [kindOf(page.path), page])).values()];

/** Opens every <details>, so that what is inside is rendered and in the accessibility tree. */
const openDetails = (page: Page) => page.$$eval('details', (elements) => elements.forEach((element) => { (element as HTMLDetailsElement).open = true; }));

/** Returns the name of every button in the accessibility tree, with the text of it that is seen (not visually hidden). */
async function buttonNames(page: Page): Promise<{ name: string; visible: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = new Map<number, string>();
  for (const node of nodes) {
    if (!node.ignored && node.role?.value === 'button' && node.backendDOMNodeId) named.set(node.backendDOMNodeId, String(node.name?.value ?? ''));
  }
  const buttons = [];
  for (const [backendNodeId, name] of named) {
    const { object: { objectId } } = await cdp.send('DOM.resolveNode', { backendNodeId });
    if (!objectId) throw new Error(`button ${name} has no DOM node`);
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      returnByValue: true,
      // The text of the button that takes up room on screen: a visually hidden box is 1 px or less.
      functionDeclaration: `function () {
        const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const box = node.parentElement.getBoundingClientRect();
          if (box.width > 1 && box.height > 1) text += node.textContent;
        }
        return text.replace(/\\s+/g, ' ').trim();
      }`,
    });
    buttons.push({ name: name.replace(/\s+/g, ' ').trim(), visible: String(result.value) });
  }
  await cdp.detach();
  return buttons;
}

describe.each(SAMPLED_PAGES)('$path', ({ path }) => {
  it('names every button by what it does: no two alike, none just "Copy", each beginning with the text it shows', async () => {
    const { page } = await visit(browser(), path);
    await openDetails(page);
    const buttons = await buttonNames(page);
    const domButtons = await page.$$eval('button', (elements) => elements.filter((element) => element.checkVisibility({ visibilityProperty: true })).length);
    await page.context().close();

    expect(buttons, 'every button shown is in the accessibility tree').toHaveLength(domButtons);
    const names = buttons.map((button) => button.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'names used twice').toEqual([]);
    expect(names.filter((name) => /^(copy|copy link|copy code|)$/i.test(name)), 'names that do not say what is copied').toEqual([]);
    // WCAG 2.5.3 Label in Name: speech input users say what they see.
    expect(buttons.filter((button) => !button.name.startsWith(button.visible)).map((button) => `"${button.name}" does not begin with "${button.visible}"`)).toEqual([]);
  });
});

describe.each(['/', '/years/2025/', '/data/'])('copy buttons on %s', (path) => {
  it('copy what their name says, and announce what they copied', async () => {
    const { page } = await visit(browser(), path, { permissions: ['clipboard-read', 'clipboard-write'] });
    await openDetails(page);
    const buttons = page.locator('button[data-copy]');
    const results = [];
    for (let index = 0; index < await buttons.count(); index += 1) {
      const button = buttons.nth(index);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await button.click();
      const status = button.locator('xpath=following-sibling::*[@role="status"]');
      await page.waitForFunction((element) => (element?.textContent ?? '') !== '', await status.elementHandle(), { timeout: 2000 }).catch(() => undefined);
      const target = await button.getAttribute('data-copy') ?? '';
      results.push({
        name: (await button.textContent() ?? '').replace(/\s+/g, ' ').trim(),
        announced: await status.textContent() ?? '',
        copied: await page.evaluate(() => navigator.clipboard.readText()),
        // What the button should copy: the page's address with the anchor, a text area's code, or an element's text.
        expected: await page.evaluate((id) => {
          if (id.startsWith('#')) return new URL(id, location.href).href;
          const element = document.getElementById(id);
          return element instanceof HTMLTextAreaElement ? element.value : element?.textContent ?? '';
        }, target),
      });
    }
    await page.context().close();

    expect(results.length, 'copy buttons found').toBeGreaterThan(path === '/data/' ? 6 : 10);
    for (const result of results) {
      expect(result.copied, result.name).toBe(result.expected);
      expect(result.copied, result.name).not.toBe('');
      const announcement = result.name.startsWith('Copy link to ') ? 'Link copied'
        : result.name.startsWith('Copy code to embed ') ? 'Embed code copied'
        : result.name.startsWith('Copy the code: ') ? 'Code copied'
        : result.name.replace(/^Copy the (.+) citation$/, (_whole, style: string) => `${style[0]?.toUpperCase()}${style.slice(1)} citation copied`);
      expect(result.announced, result.name).toBe(announcement);
    }
    // The catalog has "Cite this page" and the code that loads the data; the home and year pages have figure and
    // chart links and embed code.
    const kinds = path === '/data/' ? ['APA citation copied', 'Code copied'] : ['APA citation copied', 'Link copied', 'Embed code copied'];
    expect(results.map((result) => result.announced)).toEqual(expect.arrayContaining(kinds));
  });
});

describe('copy buttons appearing', () => {
  // A server that sends each page but its last bytes at once: the page is painted before its script runs.
  let slow: { origin: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    slow = await serveFolder(SITE, { slowEndMs: 300 });
  });
  afterAll(async () => {
    await slow?.close();
  });

  describe.each(PAGE_KINDS)('$path', ({ path }) => {
    for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      it(`move nothing when the script shows them, ${viewport.width} px wide`, async () => {
        const { page } = await visit(browser(), path, { viewport }, {
          origin: slow?.origin ?? '',
          beforeLoad: (page) => page.addInitScript(() => {
            const shifts: { value: number; from: string[] }[] = [];
            (window as unknown as { shifts: typeof shifts }).shifts = shifts;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) {
                shifts.push({ value: entry.value, from: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
              }
            }).observe({ type: 'layout-shift', buffered: true });
          }),
        });
        // Two frames after load, so that a shift made by the script has been measured.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
        const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; from: string[] }[] }).shifts);
        const shown = await page.$$eval('button[data-copy]', (buttons) => buttons.map((button) => getComputedStyle(button).visibility));
        await page.context().close();

        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.001);
        expect(shown.filter((visibility) => visibility !== 'visible'), 'copy buttons left unseen by the script').toEqual([]);
      });
    }
  });

  it('are not there at all without script, so no button is shown that does nothing', async () => {
    for (const path of ['/', '/years/2025/']) {
      const { page } = await visit(browser(), path, { javaScriptEnabled: false });
      await openDetails(page);
      const rendered = await page.$$eval('button[data-copy]', (buttons) => buttons.map((button) => button.getClientRects().length > 0));
      await page.context().close();
      expect(rendered.length, path).toBeGreaterThan(0);
      expect(rendered.filter(Boolean), `${path}: copy buttons taking room without script`).toEqual([]);
    }
  });
});
