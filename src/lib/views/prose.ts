import type { SiteData } from '../data/index.ts';
import { formatDate } from '../format.ts';
import { localizedPath, useStrings, type Locale } from '../i18n/index.ts';
import { createProseState, plainProse, proseInlines, type Inline } from '../prose/inline.ts';
import { sourceHref, sourceRef, sourceTitle, type SourceRef } from './source-ref.ts';

/** What a prose page's frontmatter gives the view. */
export interface ProseEntry {
  title: string;
  summary: string;
  updated: Date;
  /** The Markdown body, placeholders and all. */
  body: string;
}

/** Everything around the body of a prose page (an explainer, the glossary, the FAQ). */
export interface ProsePageView {
  title: string;
  /** The summary as inline parts, filled and linked exactly as the body's Markdown plugin would. */
  summary: Inline[];
  /** The summary as plain text, for the page's description. */
  description: string;
  updated: { iso: string; text: string };
  /** The sources cited on the page, numbered as the citations in the text are. */
  sources: { number: number; id: string; href: string; title: { text: string; lang?: string } }[];
}

/** Returns the date as YYYY-MM-DD and in words, read in UTC (frontmatter dates carry no time zone). */
export function formatUpdated(date: Date, locale: Locale) {
  return {
    iso: date.toISOString().slice(0, 10),
    text: formatDate(date.toISOString().slice(0, 10), locale),
  };
}

/** Returns the view of a prose page; its citation numbers follow the order of first citation. */
export function prosePageView(entry: ProseEntry, data: SiteData, locale: Locale): ProsePageView {
  const t = useStrings(locale);
  const state = createProseState(data, locale, [entry.summary, entry.body]);
  const summary = proseInlines(entry.summary, state);
  const updated = formatUpdated(entry.updated, locale);
  return {
    title: entry.title,
    summary,
    description: plainProse(entry.summary, data, locale),
    updated: { iso: updated.iso, text: t('prose.updated', { date: updated.text }) },
    sources: state.citations.map((id, index) => {
      const source = data.sources.find((candidate) => candidate.id === id);
      if (!source) throw new Error(`Unknown source id "${id}"`);
      return { number: index + 1, id, href: sourceHref(id, locale), title: sourceTitle(source, locale) };
    }),
  };
}

/** An explainer as a list of explainers shows it: its summary as plain text, and the sources it rests on. */
export interface ExplainerListItem {
  href: string;
  title: string;
  summary: string;
  sources: SourceRef[];
}

/** Returns an explainer's entry in the list of explainers; the sources stand in for the numbered citations. */
export function explainerListItem(slug: string, entry: ProseEntry & { sources: string[] }, data: SiteData, locale: Locale): ExplainerListItem {
  return {
    href: localizedPath(`/explainers/${slug}/`, locale),
    title: entry.title,
    summary: plainProse(entry.summary, data, locale),
    sources: entry.sources.map((id) => ({ ...sourceRef(data, id, locale), via: null })),
  };
}
