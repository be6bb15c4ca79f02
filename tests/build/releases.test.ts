import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { built, DATA_WITH_2026, page, SITE, SITE_WITH_2026, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entriesOf = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml).feed.entry as
  { id: string; title: string; updated: string; link: { rel: string; href: string }[] }[];

describe('/data/feed.xml', () => {
  it.each([[SITE, 'data'], [SITE_WITH_2026, DATA_WITH_2026]])('is well-formed Atom with one entry per release, newest first (%s)', (site, dataDir) => {
    const xml = built(site, 'data/feed.xml').toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const releases = loadData({ dataDir, today: TODAY }).releases;
    const entries = entriesOf(xml);
    expect(entries.map((entry) => entry.title)).toEqual(releases.toReversed().map((release) => `Data release ${release.version}`));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('links each entry to its changelog entry and its frozen files, which exist', () => {
    const [entry] = entriesOf(built(SITE, 'data/feed.xml').toString('utf8'));
    const [alternate, related] = entry?.link ?? [];
    expect(alternate?.href).toBe('/data/changelog/#v2026.11.30');
    expect(page(SITE, 'data/changelog/').document.getElementById('v2026.11.30')).not.toBeNull();
    expect(built(SITE, related?.href ?? '').length).toBeGreaterThan(0);
  });

  it('uses absolute links once SITE_URL is set, with the same ids', () => {
    const deployed = entriesOf(built(SITE_WITH_URL, 'data/feed.xml').toString('utf8'));
    expect(deployed[0]?.link[0]?.href).toBe(`${TEST_SITE_URL}data/changelog/#v2026.11.30`);
    expect(deployed[0]?.id).toBe(entriesOf(built(SITE, 'data/feed.xml').toString('utf8'))[0]?.id);
  });
});

describe('the changelog, /data/changelog/, and each release’s page', () => {
  it('lists every release, newest first, with its changes and its frozen files and their checksums', () => {
    const { document } = page(SITE_WITH_2026, 'data/changelog/');
    expect([...document.querySelectorAll('section.release')].map((section) => section.id)).toEqual(['v2026.11.23.2', 'v2026.11.23']);
    expect(text(document.getElementById('v2026.11.23.2'))).toContain('A fixture release for tests only');
    for (const item of document.querySelectorAll('.downloads li')) {
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/data\/v2026\.11\.23(\.2)?\//);
      expect(text(item.querySelector('.checksum')), href).toBe(createHash('sha256').update(built(SITE_WITH_2026, href)).digest('hex'));
    }
  });

  it('gives each release a page to cite, saying whether it is the latest', () => {
    const old = text(page(SITE_WITH_2026, 'data/v2026.11.23/').document.querySelector('main'));
    expect(old).toContain('This is not the latest release.');
    expect(old).toContain('version 2026.11.23, released November 23, 2026');
    expect(text(page(SITE_WITH_2026, 'data/v2026.11.23.2/').document.querySelector('main'))).toContain('This is the latest release');
  });
});
