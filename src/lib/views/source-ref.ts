import type { SiteData, Source } from '../data/index.ts';
import { DEFAULT_LOCALE, localizedPath, translate, type Locale } from '../i18n/index.ts';

/** A link to one source's entry on the sources page, with the report it is known through. */
export interface SourceRef {
  id: string;
  href: string;
  label: string;
  via: { id: string; href: string; label: string } | null;
}

/**
 * Returns how a page names a source in full: its title as published, in quotation marks so that its words read
 * as the source's, or the name this site gives a source without a known title, without them.
 */
export function sourceTitle(source: Pick<Source, 'id' | 'title' | 'name'>, locale: Locale): { text: string; lang?: string } {
  if (source.title === null) return { text: source.name ?? source.id };
  // Titles as published are English (data/README.md): on a page in another language they are marked so.
  const text = translate(locale, 'sources.quotedTitle', { title: source.title });
  return locale === DEFAULT_LOCALE ? { text } : { text, lang: 'en' };
}

/** Returns the URL of a source's entry on the sources page of a language. */
export const sourceHref = (id: string, locale: Locale = 'en') => localizedPath(`/sources/#${id}`, locale);

/** Returns the reference for a source id; the loader has already checked that it exists. */
export function sourceRef(data: SiteData, id: string, locale: Locale): SourceRef {
  const byId = (key: string) => {
    const source = data.sources.find((candidate) => candidate.id === key);
    if (!source) throw new Error(`Unknown source id "${key}"`);
    return source;
  };
  const source = byId(id);
  const via = source.via ? byId(source.via) : null;
  return {
    id,
    href: sourceHref(id, locale),
    label: source.shortTitle,
    via: via ? { id: via.id, href: sourceHref(via.id, locale), label: via.shortTitle } : null,
  };
}

/** Returns the references without those already named as another's "via", so no report is listed twice. */
export function withoutRepeats(refs: SourceRef[]): SourceRef[] {
  const named = new Set(refs.flatMap((ref) => (ref.via ? [ref.via.id] : [])));
  const seen = new Set<string>();
  return refs.filter((ref) => {
    if (named.has(ref.id) || seen.has(ref.id)) return false;
    seen.add(ref.id);
    return true;
  });
}
