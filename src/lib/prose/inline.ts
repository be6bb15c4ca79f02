// Turns a piece of prose written with placeholders into inline parts: text, figures filled in from data/,
// citations, and links from the first use of a glossary term. Used by the Markdown plugin (the body of an
// explainer) and by the pages (its summary), so both read the same way.
//
// Placeholders, {{ … }}:
//   cite ID [ID …]                     a citation of each source, numbered in order of first citation
//   count YEAR AGENCY MEASURE          a reported figure ("57"; "not reported" when the value is empty)
//   count-of YEAR AGENCY MEASURE       a reported count with its noun, in the plural form the language gives it
//                                      ("0 transfers to ICE custody"), from the strings count.<measure>.one/.other
//   percent YEAR AGENCY MEASURE        a reported percentage ("28%")
//   about YEAR AGENCY MEASURE          the count derived from a reported share ("about 16 (derived from 28%)")
//   change YEAR AGENCY MEASURE         the change from the year before ("42 more (derived)")
//   times YEAR AGENCY MEASURE          the ratio to the year before ("3.8 times (derived)"); refused on a base
//                                      too small for a ratio (stats.ts MIN_BASE_FOR_RATIO)
//   agency-times YEAR                  ICE's count as a multiple of BPD's ("13.2 times (derived)")
//   first-year, latest-year            the first and the latest year of BPD's counts
//   min-base                           MIN_BASE_FOR_RATIO
//   en TEXT                            words left in English in a translation (a proper name, a quotation, a title
//                                      as published), marked lang="en" so that they are read as English
import type { SiteData } from '../data/index.ts';
import { finiteNumber, formatCount, formatPercent, formatRatio } from '../format.ts';
import { hasKey, localizedPath, translate, translateParts, type Locale } from '../i18n/index.ts';
import { agencyRatios, countsFromShares, MIN_BASE_FOR_RATIO, POLICE, REQUESTS, seriesOf, yearOverYear } from '../stats.ts';
import { sourceHref } from '../views/source-ref.ts';
import { firstUses, glossaryHref, glossaryTerms, type GlossaryTerm } from './glossary-terms.ts';

/** Where the label "derived" links to: the explanation of how figures are derived. */
export const derivedHref = (locale: Locale) => localizedPath('/explainers/about-this-data/#how-figures-are-derived', locale);

/** One inline piece of prose. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'term'; text: string; href: string; termId: string }
  | { kind: 'cite'; number: number; href: string; label: string; sourceId: string }
  | { kind: 'derived'; text: string; href: string }
  | { kind: 'foreign'; text: string; lang: string };

/** What prose on one page is filled from, and what it has already linked. */
export interface ProseState {
  data: SiteData;
  locale: Locale;
  /** Source ids in order of first citation on the page; a citation's number is its place here, from 1. */
  citations: string[];
  /** Ids of the glossary terms already linked on the page. */
  linkedTerms: Set<string>;
  terms: GlossaryTerm[];
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Returns the source ids cited in the texts, in order of first citation. */
export function citationOrder(...texts: string[]): string[] {
  const ids = texts.flatMap((text) =>
    [...text.matchAll(PLACEHOLDER)].flatMap((match) => {
      const [name, ...args] = (match[1] ?? '').split(/\s+/);
      return name === 'cite' ? args : [];
    }));
  return [...new Set(ids)];
}

/** Returns the state for one page whose texts (summary first, then body) are about to be rendered. */
export function createProseState(data: SiteData, locale: Locale, texts: string[], terms = glossaryTerms(locale)): ProseState {
  return { data, locale, citations: citationOrder(...texts), linkedTerms: new Set(), terms };
}

/** Returns the text with its placeholders filled in as plain text: citations left out, no links. */
export function plainProse(text: string, data: SiteData, locale: Locale): string {
  const state = createProseState(data, locale, [text]);
  return proseInlines(text, state, { links: false, dropCitations: true })
    .map((part) => ('text' in part ? part.text : ''))
    .join('')
    .replace(/\s+([.,;:])/g, '$1');
}

/**
 * Returns the prose as inline parts. With `links` (the default), citations become links, "derived" links
 * to its explanation and the first use of each glossary term on the page links to its entry; without (in
 * a heading or inside a link), figures are plain text and a citation is an error, unless `dropCitations`
 * says to leave citations out (plain text for a page's description).
 */
export function proseInlines(text: string, state: ProseState, { links = true, dropCitations = false } = {}): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(...linkTerms(text.slice(last, match.index), state, links));
    const placeholder = match[1] ?? '';
    if (!(dropCitations && placeholder.startsWith('cite'))) parts.push(...resolve(placeholder, state, links));
    last = match.index + match[0].length;
  }
  parts.push(...linkTerms(text.slice(last), state, links));
  return mergeText(parts);
}

function linkTerms(text: string, state: ProseState, links: boolean): Inline[] {
  if (text === '') return [];
  if (!links) return [{ kind: 'text', text }];
  const parts: Inline[] = [];
  let last = 0;
  for (const use of firstUses(text, state.linkedTerms, state.terms)) {
    parts.push({ kind: 'text', text: text.slice(last, use.index) });
    parts.push({ kind: 'term', text: use.text, href: glossaryHref(use.term.id, state.locale), termId: use.term.id });
    state.linkedTerms.add(use.term.id);
    last = use.index + use.text.length;
  }
  parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function mergeText(parts: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (part.kind === 'text' && part.text === '') continue;
    if (part.kind === 'text' && previous?.kind === 'text') previous.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Marks the word "derived" in a string from en.ts as a link to the explanation, or as text. */
function withDerived(locale: Locale, key: Parameters<typeof translateParts>[1], params: Record<string, string | number>, links: boolean): Inline[] {
  const word = translate(locale, 'prose.derived');
  return translateParts(locale, key, ['derived'], params).map((part): Inline =>
    'text' in part ? { kind: 'text', text: part.text } : links ? { kind: 'derived', text: word, href: derivedHref(locale) } : { kind: 'text', text: word });
}

function resolve(placeholder: string, state: ProseState, links: boolean): Inline[] {
  const { data, locale } = state;
  const [name = '', ...args] = placeholder.split(/\s+/);
  const fail = (why: string): never => {
    throw new Error(`{{${placeholder}}}: ${why}`);
  };
  const figure = () => {
    const [year, agency, measure] = args;
    if (args.length !== 3) fail('expected YEAR AGENCY MEASURE, for example {{count 2025 BPD detainer_requests}}');
    const found = data.figures.find((candidate) => String(candidate.year) === year && candidate.reportedBy === agency && candidate.measure === measure);
    return found ?? fail(`no such figure in data/figures.csv`);
  };
  const text = (value: string): Inline[] => [{ kind: 'text', text: value }];

  switch (name) {
    case 'cite': {
      if (!links) fail('a citation cannot go in a heading or a link');
      if (args.length === 0) fail('name at least one source id');
      // Several sources in one place are listed by number: [1][2], never [2][1].
      const byNumber = args.toSorted((a, b) => state.citations.indexOf(a) - state.citations.indexOf(b));
      return byNumber.map((id): Inline => {
        const source = data.sources.find((candidate) => candidate.id === id) ?? fail(`no source "${id}" in data/sources.csv`);
        const number = state.citations.indexOf(id) + 1;
        if (number === 0) fail(`source "${id}" is missing from the page's citation order`);
        return { kind: 'cite', number, href: sourceHref(id, locale), label: translate(locale, 'prose.citeLabel', { number: String(number), source: source.shortTitle }), sourceId: id };
      });
    }
    case 'count': {
      const found = figure();
      return text(found.value === null ? translate(locale, 'figure.notReported') : formatCount(found.value, locale));
    }
    case 'count-of': {
      // The count with its noun, in the plural form the language gives that number: "0 transfers" in English,
      // the singular in Brazilian Portuguese, where 0 takes it.
      const found = figure();
      const key = `count.${found.measure}`;
      if (!hasKey(`${key}.other`)) fail(`no string "${key}.one" / "${key}.other" in src/lib/i18n/en.ts for the noun of this count`);
      if (found.value === null) return text(translate(locale, 'figure.notReported'));
      // The noun is prose: a glossary term in it ("custody") links from its first use as anywhere else.
      return linkTerms(translate(locale, key as Parameters<typeof translate>[1], { count: finiteNumber(found.value) }), state, links);
    }
    case 'percent': {
      const found = figure();
      return text(found.value === null ? translate(locale, 'figure.notReported') : formatPercent(found.value, locale));
    }
    case 'about': {
      const found = figure();
      const derived = countsFromShares(data).find((count) => count.year === found.year && count.reportedBy === found.reportedBy && count.measure === found.measure)
        ?? fail('no count can be derived: the share or its total is not reported');
      return withDerived(locale, 'prose.aboutCount', { count: formatCount(derived.value, locale), share: formatPercent(derived.share, locale) }, links);
    }
    case 'change':
    case 'times': {
      const found = figure();
      const change = yearOverYear(seriesOf(data.figures, found.measure, found.reportedBy)).find((candidate) => candidate.year === found.year)
        ?? fail('no figure for the year before');
      if (name === 'change') {
        const key = change.difference > 0 ? 'prose.more' : change.difference < 0 ? 'prose.fewer' : 'prose.same';
        return withDerived(locale, key, { difference: formatCount(Math.abs(change.difference), locale) }, links);
      }
      if (change.ratio === null) fail(`the year before has fewer than ${MIN_BASE_FOR_RATIO}; tell the change in counts ({{change …}})`);
      return withDerived(locale, 'prose.times', { ratio: formatRatio(change.ratio ?? 0, locale) }, links);
    }
    case 'agency-times': {
      const [year] = args;
      const ratio = agencyRatios(data).find((candidate) => String(candidate.year) === year) ?? fail('no year with both agencies’ counts');
      return withDerived(locale, 'prose.times', { ratio: formatRatio(ratio.value, locale) }, links);
    }
    case 'first-year':
    case 'latest-year': {
      const years = seriesOf(data.figures, REQUESTS, POLICE).map((candidate) => candidate.year);
      const year = name === 'first-year' ? years[0] : years.at(-1);
      return text(String(year ?? fail('no BPD count in data/figures.csv')));
    }
    case 'min-base':
      return text(formatCount(MIN_BASE_FOR_RATIO, locale));
    case 'en':
      if (args.length === 0) fail('write the English words after "en", for example {{en Trust Act}}');
      return [{ kind: 'foreign', text: placeholder.slice(name.length).trim(), lang: 'en' }];
    default:
      return fail('unknown placeholder');
  }
}
