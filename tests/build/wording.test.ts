import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringTable } from '../../src/lib/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, localizedPath, splitLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { SPACED_WORD_CHARACTER } from '../../src/lib/i18n/scripts.ts';
import { glossaryTerms, wholeWord } from '../../src/lib/prose/glossary-terms.ts';
import { siteFiles, sitePages } from '../helpers/site-files.ts';
import { glossaryLinkProblems } from './glossary-links.ts';
import { page, SITE } from './site.ts';

// Rules of wording that hold on every page and in every file the site publishes: each number the site works out
// is labelled derived where it appears, BPD's count is what BPD says it received, ICE's what ICE says it issued,
// and what the sources do not give is "not reported".

/** Returns the text a reader meets on a page: the body (hidden chart descriptions included) and the description. */
function readerText(path: string): string {
  const { document } = page(SITE, path);
  const meta = [...document.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[property="og:title"], title')]
    .map((element) => element.getAttribute('content') ?? element.textContent ?? '');
  return [...meta, document.body.textContent ?? ''].join('\n').replace(/\s+/g, ' ');
}

const pages = sitePages(SITE).map((entry) => ({ path: entry.path, locale: splitLocale(entry.path).locale, text: readerText(entry.file) }));
const textFiles = siteFiles(SITE)
  .filter((file) => /\.(csv|json|xml|txt)$/.test(file) && !file.startsWith('data/v'))
  .map((file) => ({ path: `/${file}`, text: readFileSync(join(SITE, file), 'utf8') }));

// A number the site works out: a change ("42 more", "4 fewer"), a ratio ("3.8 times"), a count from a share
// ("about 16"), found in each language by the word its strings put next to the number ("more", "más", or the
// word before it when none follows, as "about"). The sentence it is in must say "derived" (in one of the forms
// of the glossary's term).
const NUMBER = `(?<!${SPACED_WORD_CHARACTER}|\\d)\\d(?:[\\d,.\\u00A0\\u202F]*\\d)?`;
function computedIn(locale: Locale): RegExp {
  const strings = stringTable(locale);
  const patterns = [['prose.more', 'difference'], ['prose.fewer', 'difference'], ['prose.times', 'ratio'], ['prose.aboutCount', 'count']].map(([key = '', name = '']) => {
    const template = strings[key] ?? '';
    const at = template.indexOf(`{${name}}`);
    const after = template.slice(at + name.length + 2).split(/[(（{]/)[0]?.trim().split(/\s+/)[0];
    if (after) return `${NUMBER}\\s*${wholeWord(after)}`;
    const before = template.slice(0, at).split(/[)）}]/).at(-1)?.trim().split(/\s+/).at(-1);
    if (before) return `${wholeWord(before)}\\s*${NUMBER}`;
    throw new Error(`${locale} string ${key} has no word next to {${name}}: the test cannot find the number on the pages`);
  });
  return new RegExp(patterns.join('|'), 'giv');
}
const derivedIn = (locale: Locale) =>
  new RegExp((glossaryTerms(locale).find((term) => term.id === 'derived')?.forms ?? []).map(wholeWord).join('|'), 'iv');
const COMPUTED = computedIn(DEFAULT_LOCALE);
const SENTENCE_END = /[.;!?](?:\s|$)|[。；！？]/;

/** Returns the sentence around a place in a text: from the end of the one before to the end of its own. */
function sentenceAt(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(...[...before.matchAll(new RegExp(SENTENCE_END, 'g'))].map((match) => match.index + match[0].length), 0);
  const after = text.slice(end).search(SENTENCE_END);
  return text.slice(from, after === -1 ? text.length : end + after + 1);
}

describe('every number the site works out', () => {
  it('is found on the pages at all (the rule below has something to check)', () => {
    const found = pages.flatMap((entry) => entry.text.match(COMPUTED) ?? []);
    expect(found).toEqual(expect.arrayContaining(['42 more', '3.8 times', 'about 16', '4 fewer']));
  });

  it.each(LOCALES.filter((entry) => entry.key !== DEFAULT_LOCALE))('is found on the pages in $name too', ({ key }) => {
    expect(pages.filter((entry) => entry.locale === key).flatMap((entry) => entry.text.match(computedIn(key)) ?? []).length).toBeGreaterThan(3);
  });

  it.each(pages.map((entry) => [entry.path, entry.locale, entry.text] as const))('is labelled derived where it appears on %s', (_path, locale, text) => {
    const unlabelled = [...text.matchAll(computedIn(locale))]
      .map((match) => sentenceAt(text, match.index, match.index + match[0].length))
      .filter((sentence) => !derivedIn(locale).test(sentence));
    expect(unlabelled).toEqual([]);
  });
});

describe('one verb per agency', () => {
  const all = [...pages, ...textFiles];

  it('never says requests were "sent to" BPD: BPD says it received them', () => {
    const offending = all.filter((entry) => /\bsent to (?:BPD|the Boston Police Department|Boston police)\b/i.test(entry.text)).map((entry) => entry.path);
    expect(offending).toEqual([]);
  });

  it('never says ICE "sent" its detainers: ICE says it issued them', () => {
    const offending = all.filter((entry) => /\bICE (?:says it )?sent\b/.test(entry.text)).map((entry) => entry.path);
    expect(offending).toEqual([]);
  });

  it('never gives BPD\'s count with a bare factual verb in a headline', () => {
    const { document } = page(SITE, '');
    expect(document.querySelector('h1')?.textContent).toMatch(/Boston police say they received \d+/);
  });
});

describe('what the sources do not give', () => {
  it('is "not reported" in one wording, never left blank in words', () => {
    const offending = pages.filter((entry) => /leaves? (?:them|it) blank|left blank/i.test(entry.text)).map((entry) => entry.path);
    expect(offending).toEqual([]);
    expect(readerText('years/2023/index.html')).toContain('not reported');
  });
});

describe('plain words where residents meet them', () => {
  // The pages that are not prose: the first use of each glossary term in their running text links to its entry,
  // as on the explainers. Headings and the big figure under them, charts (which have their own title and
  // description), tables and the controls are not running text.
  const dataPages = LOCALES.flatMap((entry) => ['/', '/years/2025/', '/years/2024/', '/sources/', '/data/'].map((path) => localizedPath(path, entry.key).slice(1)));
  const skipped = 'h1, h2, h3, h4, .big-figure, .dictionary-fact, figure, table, nav, header, footer, details, .breadcrumbs, .copy, code, .citation';

  it.each(dataPages)('/%s links the first use of each glossary term, and only the first', (path) => {
    expect(glossaryLinkProblems(page(SITE, path).document, 'main', skipped, splitLocale(`/${path}`).locale)).toEqual([]);
  });

  it('links the words that residents meet first on the home page', () => {
    const linked = [...page(SITE, '').document.querySelectorAll('main a.term')].map((link) => link.getAttribute('href'));
    expect(linked).toEqual(expect.arrayContaining(['detainer', 'derived', 'probable-cause', 'removable', 'custody', 'share', 'dedicated-fax-line'].map((id) => `/glossary/#${id}`)));
  });

  it('explains on the printed brief each glossary word it uses, in words of its own', () => {
    const { document } = page(SITE, 'brief/');
    const words = [...document.querySelectorAll('.brief-words dt')].map((term) => term.textContent);
    expect(words).toEqual(expect.arrayContaining(['Detainer request', 'Derived', 'Probable cause', 'Removable', 'Custody', 'Share', 'Dedicated fax line']));
    for (const definition of document.querySelectorAll('.brief-words dd')) expect(definition.textContent?.length).toBeGreaterThan(10);
  });
});
