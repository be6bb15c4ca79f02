import type { Locale } from '../i18n/index.ts';
import { firstUses, glossaryHref, glossaryTerms } from '../prose/glossary-terms.ts';

/** A piece of UI text: plain, or the first use of a glossary term on the page, linking to its entry. */
export interface GlossedPart {
  text: string;
  href?: string;
}

/** Cuts a text into parts; remembers which terms it has linked. */
export interface GlossaryLinker {
  (text: string): GlossedPart[];
  /** Ids of the terms linked so far, in order of first use. */
  readonly linked: ReadonlySet<string>;
}

/**
 * Returns a function that cuts each text it is given into parts, linking the first use on the page of each
 * glossary term. Call it once per page and on the page's texts in reading order, as the explainers do.
 */
export function glossaryLinker(locale: Locale): GlossaryLinker {
  const terms = glossaryTerms(locale);
  const linked = new Set<string>();
  const gloss = (text: string) => {
    const parts: GlossedPart[] = [];
    let at = 0;
    for (const use of firstUses(text, linked, terms)) {
      if (use.index > at) parts.push({ text: text.slice(at, use.index) });
      parts.push({ text: use.text, href: glossaryHref(use.term.id, locale) });
      linked.add(use.term.id);
      at = use.index + use.text.length;
    }
    if (at < text.length) parts.push({ text: text.slice(at) });
    return parts;
  };
  return Object.assign(gloss, { linked });
}
