import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/data/index.ts';
import { useStrings } from '../../../src/lib/i18n/index.ts';
import { escapeXml, releaseEntryId, renderReleaseFeed } from '../../../src/lib/metadata/atom-feed.ts';
import { toXsdPattern } from '../../../src/lib/metadata/table-schema.ts';

const releases: Release[] = [
  { line: 2, version: '2026.11.23', date: '2026-11-23', changes: 'First release & <more>.' },
  { line: 3, version: '2026.12.01', date: '2026-12-01', changes: 'Adds "2026" \u0001figures.' },
];

describe('the release feed', () => {
  const xml = renderReleaseFeed(releases, useStrings('en'), undefined);

  it('is well-formed XML, whatever the text of the changes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(escapeXml(`a & b < c > d "e" 'f'\u0000`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('has one entry per release, newest first, dated by the release', () => {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
    expect(feed.entry.map((entry: { title: string }) => entry.title)).toEqual(['Data release 2026.12.01', 'Data release 2026.11.23']);
    expect(feed.updated).toBe('2026-12-01T00:00:00Z');
    expect(feed.entry[1].summary['#text']).toContain('First release & <more>.');
  });

  it('gives each release an id that depends only on its version, never on the domain', () => {
    expect(releaseEntryId('2026.11.23')).toBe(releaseEntryId('2026.11.23'));
    expect(releaseEntryId('2026.11.23')).not.toBe(releaseEntryId('2026.12.01'));
    expect(releaseEntryId('2026.11.23')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(renderReleaseFeed(releases, useStrings('en'), new URL('https://data.example.org/'))).toContain(`<id>${releaseEntryId('2026.11.23')}</id>`);
  });
});

describe('toXsdPattern', () => {
  it('drops the anchors and the non-capturing groups that XML Schema patterns do not have', () => {
    expect(toXsdPattern('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
  });
});
