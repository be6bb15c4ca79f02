import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { formatCount } from '../../src/lib/format.ts';
import { LOCALES, localizedPath } from '../../src/lib/i18n/index.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { built, DATA_CORRECTED, DATA_WITH_2026, page, SITE, SITE_CORRECTED, SITE_WITH_2026, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

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
    expect(alternate?.href).toBe('/data/changelog/#v2026.12.07');
    expect(page(SITE, 'data/changelog/').document.getElementById('v2026.12.07')).not.toBeNull();
    expect(built(SITE, related?.href ?? '').length).toBeGreaterThan(0);
  });

  it('uses absolute links once SITE_URL is set, with the same ids', () => {
    const deployed = entriesOf(built(SITE_WITH_URL, 'data/feed.xml').toString('utf8'));
    expect(deployed[0]?.link[0]?.href).toBe(`${TEST_SITE_URL}data/changelog/#v2026.12.07`);
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

describe('two releases made with the release command: one adds 2026, the next corrects 2025 (57 → 61)', () => {
  const releases = loadData({ dataDir: DATA_CORRECTED }).releases;
  const [before, added, corrected] = releases.slice(-3).map((release) => release.version);
  const json = (version: string | undefined) => JSON.parse(built(SITE_CORRECTED, `data/v${version}/changes.json`).toString('utf8'));

  it('publishes what each changed as JSON: the added year, then the corrected values, old → new, with the reason', () => {
    expect(json(added)).toMatchObject({
      version: added, previous_version: before, reason: 'Adds a 2026 figure that is not real (made by the tests).',
      figures: { added: [{ year: 2026, measure: 'detainer_requests', reported_by: 'BPD', new_value: 40, derived: false }], changed: [], removed: [] },
      sources: { added: [], changed: [], removed: [] },
    });
    const second = json(corrected);
    expect(second.previous_version).toBe(added);
    expect(second.reason).toBe('Corrects the 2025 counts (made by the tests).');
    expect(second.figures.added).toEqual([]);
    expect(second.figures.changed.map((change: { measure: string; old_value: number; new_value: number; derived: boolean }) =>
      [change.measure, change.old_value, change.new_value, change.derived])).toEqual([
      ['dedicated_line_share_as_count', 16, 17, true],
      ['detainer_requests', 57, 61, false],
      ['probable_cause_requests', 57, 61, false],
    ]);
  });

  it('shows exactly those changes on the changelog and on each release’s page, in every language', () => {
    const changelog = text(page(SITE_CORRECTED, 'data/changelog/').document.getElementById(`v${corrected}`)?.querySelector('.release-changes'));
    expect(changelog).toContain('Figures changed');
    expect(changelog).toContain('ICE detainer requests to BPD, as reported by BPD (2025): was 57, now 61');
    expect(changelog).toContain('(2025) (derived): was 16, now 17');
    expect(changelog).not.toContain('Figures added');
    const addedPage = page(SITE_CORRECTED, `data/v${added}/`).document.querySelector('.release-changes');
    expect([...addedPage?.querySelectorAll('h3') ?? []].map(text)).toEqual(['Figures added']);
    expect([...addedPage?.querySelectorAll('li') ?? []].map(text)).toEqual(['ICE detainer requests to BPD, as reported by BPD (2026): 40']);
    for (const { key } of LOCALES) {
      const section = page(SITE_CORRECTED, localizedPath(`/data/v${corrected}/`, key).slice(1)).document.querySelector('.release-changes');
      expect(text(section), key).toContain(formatCount(61, key));
      expect(section?.querySelector(`a[href="/data/v${corrected}/changes.json"]`), key).not.toBeNull();
    }
  });

  it('puts them in each feed entry, with a link to the JSON', () => {
    const xml = built(SITE_CORRECTED, 'data/feed.xml').toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' })
      .parse(xml).feed.entry[0] as { title: string; content: { '#text': string }; link: { href: string }[] };
    expect(entry.title).toBe(`Data release ${corrected}`);
    expect(entry.content['#text']).toContain('Figures changed: ');
    expect(entry.content['#text']).toContain('ICE detainer requests to BPD, as reported by BPD (2025): was 57, now 61');
    expect(entry.link.map((link) => link.href)).toContain(`/data/v${corrected}/changes.json`);
  });

  it('says on the 2025 page, beside each corrected figure, the release that corrected it and the old value; the anchors stay', () => {
    const { document } = page(SITE_CORRECTED, 'years/2025/');
    expect(text(document.querySelector('#requests .figure-history'))).toBe(`Corrected in release ${corrected}: was 57.`);
    expect(document.querySelector('#requests .figure-history a')?.getAttribute('href')).toBe(`/data/v${corrected}/`);
    expect(text(document.querySelector('#probable-cause-requests .figure-history'))).toBe(`Corrected in release ${corrected}: was 57.`);
    // A derived figure is not a correction of what an agency reported, and an unchanged one has no history.
    expect(document.querySelectorAll('.figure-history')).toHaveLength(2);
    expect(page(SITE_CORRECTED, 'years/2024/').document.querySelector('.figure-history')).toBeNull();
    expect(text(page(SITE_CORRECTED, 'es/years/2025/').document.querySelector('#requests .figure-history'))).toBe(`Corregida en la versión ${corrected}: era 57.`);
  });
});

describe('the whole release in one ZIP', () => {
  const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  const UNZIP = has('unzip') && has('sha256sum');
  const SKIPPED = UNZIP ? '' : ' (SKIPPED: unzip or sha256sum is not installed; .ci/run installs unzip)';
  if (!UNZIP) console.warn('\nThe built ZIP was not unzipped: no unzip or sha256sum on this machine (SKIPPED).\n');
  const latest = loadData({ dataDir: 'data' }).releases.at(-1)?.version ?? '';

  it('is listed by the release’s sha256sums.txt, and /data/ serves the latest one byte for byte', () => {
    const zip = built(SITE, 'data/boston-detainer-data.zip');
    expect(zip).toEqual(built(SITE, `data/v${latest}/boston-detainer-data.zip`));
    expect(built(SITE, 'data/sha256sums.txt').toString('utf8')).toContain(`${createHash('sha256').update(zip).digest('hex')}  boston-detainer-data.zip\n`);
    // The deployment build, with an address, makes the same bytes: nothing in a frozen file depends on the domain.
    expect(built(SITE_WITH_URL, 'data/boston-detainer-data.zip')).toEqual(zip);
  });

  it.skipIf(!UNZIP)(`unzips with unzip into one folder whose files all match its sha256sums.txt and the release's files${SKIPPED}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-zip-'));
    try {
      writeFileSync(join(dir, 'release.zip'), built(SITE, `data/v${latest}/boston-detainer-data.zip`));
      const unzip = spawnSync('unzip', ['-q', 'release.zip'], { cwd: dir, encoding: 'utf8' });
      expect(unzip.status, unzip.stderr).toBe(0);
      const folder = join(dir, `boston-detainer-data-v${latest}`);
      const check = spawnSync('sha256sum', ['-c', 'sha256sums.txt'], { cwd: folder, encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      const inside = readdirSync(folder).toSorted();
      expect(inside).toContain('README.md');
      expect(check.stdout.trim().split('\n')).toHaveLength(inside.length - 1);
      // Every file but the checksums is the release's own, byte for byte.
      for (const name of inside.filter((file) => file !== 'sha256sums.txt')) {
        expect(readFileSync(join(folder, name)), name).toEqual(built(SITE, `data/v${latest}/${name}`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is offered for a release frozen before ZIPs, made from its frozen files, its page saying where its checksum is', () => {
    const old = page(SITE, 'data/v2026.11.23/').document;
    const link = old.querySelector('a[href="/data/v2026.11.23/boston-detainer-data.zip"]');
    expect(link).not.toBeNull();
    expect(text(old.querySelector('main'))).toContain('its SHA-256 is given here, and not in the release’s sha256sums.txt');
    expect(built(SITE, 'data/v2026.11.23/sha256sums.txt').toString('utf8')).not.toContain('.zip');
    expect(built(SITE, 'data/v2026.11.23/boston-detainer-data.zip')).toEqual(built(SITE_WITH_URL, 'data/v2026.11.23/boston-detainer-data.zip'));
  });
});
