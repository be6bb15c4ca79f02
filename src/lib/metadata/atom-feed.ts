import { v5 as uuidV5 } from 'uuid';
import type { Strings } from '../catalog/common.ts';
import type { Release } from '../data/index.ts';
import { CHANGELOG_PATH, changelogEntryPath, FEED_PATH, releaseChangesPath, releaseFilePath, releasePath, publicUrl } from '../urls.ts';
import { DATAPACKAGE } from '../downloads/release-files.ts';

// Made once, at random, for this feed. Never change it: the feed's and entries' ids are derived from it,
// and readers use them to tell a new release from one they have seen. They do not depend on the domain.
const FEED_NAMESPACE = '98f8fba0-c85c-4079-9e62-ded0c92c0302';

/** Returns text made safe for XML content and attribute values; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Returns the Atom id of a release's entry: a UUID that depends only on its version. */
export const releaseEntryId = (version: string) => `urn:uuid:${uuidV5(`release ${version}`, FEED_NAMESPACE)}`;

/** Atom wants a date-time: a release is dated by its day, so midnight UTC stands for that day. */
const dayAsDateTime = (date: string) => `${date}T00:00:00Z`;

/**
 * Returns an Atom feed with one entry per data release, newest first. Links are absolute when the site's
 * address is known, and relative to the site's root otherwise (Atom resolves them against the feed's own
 * address). `changesOf` gives what a release changed, as lines of text (computed from its frozen files): the
 * entry's content, with a link to the same as JSON.
 */
export function renderReleaseFeed(releases: readonly Release[], t: Strings, site: URL | undefined, changesOf?: (version: string) => string | undefined): string {
  const latest = releases.at(-1);
  if (!latest) throw new Error('No release to put in the feed');
  const link = (rel: string, type: string, path: string) =>
    `<link rel="${rel}" type="${type}" href="${escapeXml(publicUrl(path, site))}"/>`;
  const entries = releases.toReversed().map((release) => [
    '  <entry>',
    `    <id>${releaseEntryId(release.version)}</id>`,
    `    <title>${escapeXml(t('feed.entryTitle', { version: release.version }))}</title>`,
    `    <published>${dayAsDateTime(release.date)}</published>`,
    `    <updated>${dayAsDateTime(release.date)}</updated>`,
    `    ${link('alternate', 'text/html', changelogEntryPath(release.version))}`,
    `    ${link('related', 'application/json', releaseFilePath(release.version, DATAPACKAGE))}`,
    `    <summary type="text">${escapeXml(`${release.changes} ${t('feed.files', { url: publicUrl(releasePath(release.version), site) })}`)}</summary>`,
    ...(changesOf?.(release.version) === undefined ? [] : [
      `    ${link('related', 'application/json', releaseChangesPath(release.version)).replace('/>', ` title="${escapeXml(t('changes.json'))}"/>`)}`,
      `    <content type="text">${escapeXml(changesOf(release.version) ?? '')}</content>`,
    ]),
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>urn:uuid:${uuidV5('feed', FEED_NAMESPACE)}</id>`,
    `  <title>${escapeXml(t('feed.title'))}</title>`,
    `  <subtitle>${escapeXml(t('feed.subtitle'))}</subtitle>`,
    `  <updated>${dayAsDateTime(latest.date)}</updated>`,
    `  <author><name>${escapeXml(t('site.name'))}</name></author>`,
    `  ${link('self', 'application/atom+xml', FEED_PATH)}`,
    `  ${link('alternate', 'text/html', CHANGELOG_PATH)}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
