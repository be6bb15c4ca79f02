import { localizedPath, translate, type Locale } from '../i18n/index.ts';
import { isUnspaced, SPACED_WORD_CHARACTER } from '../i18n/scripts.ts';

// The glossary's terms and the forms in which the prose uses them. The definitions are content
// (src/content/pages/glossary.md, one heading per term, whose id is the term's id); a test checks that the
// two agree.

/** A glossary term: its id (the anchor on /glossary/) and the forms that count as a use of it. */
export interface GlossaryTerm {
  id: string;
  /** Longest first. Forms in capitals match only in capitals (ICE, not "ice"). */
  forms: string[];
}

/** The glossary's terms, in the order of its entries. Their forms in each language are UI strings, `term.<id>.forms`. */
export const GLOSSARY_TERM_IDS = [
  'detainer',
  'ice',
  'bpd',
  'trust-act',
  'sjc',
  'sheriff',
  'probable-cause',
  'removable',
  'non-citizen',
  'immigration-status',
  'custody',
  'civil',
  'criminal',
  'bail',
  'warrant',
  'share',
  'dedicated-fax-line',
  'derived',
  'primary-record',
] as const;

/** Returns the glossary's terms with the forms that count as a use of each in a language (from `term.<id>.forms`). */
export function glossaryTerms(locale: Locale): GlossaryTerm[] {
  return GLOSSARY_TERM_IDS.map((id) => ({ id, forms: translate(locale, `term.${id}.forms` as const).split('|') }));
}

/** The English terms: the authoritative text's. */
export const GLOSSARY_TERMS: GlossaryTerm[] = glossaryTerms('en');

/** Returns the URL of a term's entry in the glossary of a language. */
export const glossaryHref = (id: string, locale: Locale = 'en') => localizedPath(`/glossary/#${id}`, locale);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCapitals = (form: string) => form === form.toUpperCase();


/**
 * Returns a pattern that finds a form as a whole word: in capitals exactly, otherwise in any case. Chinese puts
 * no space between words, so a Chinese character is no part of a neighbouring word ("ICE的" holds "ICE"), and
 * an edge of a form in Chinese needs no boundary at all.
 */
export function formPattern(form: string): RegExp {
  return new RegExp(wholeWord(form), isCapitals(form) ? 'v' : 'iv');
}

/** Returns the source of a pattern (for the `v` flag) that finds a text as a whole word, as formPattern does. */
export function wholeWord(text: string): string {
  const before = isUnspaced(text.at(0)) ? '' : `(?<!${SPACED_WORD_CHARACTER})`;
  const after = isUnspaced(text.at(-1)) ? '' : `(?!${SPACED_WORD_CHARACTER})`;
  return `${before}${escape(text)}${after}`;
}

/** Returns the term whose entry a heading's text names (the text is one of its forms), if any. */
export function termNamedBy(text: string, terms = GLOSSARY_TERMS): GlossaryTerm | undefined {
  const bare = text.trim();
  return terms.find((term) => term.forms.some((form) => (isCapitals(form) ? bare === form : bare.toLowerCase() === form.toLowerCase())));
}

/** The first use of a term in a text: where it is, what was written, and which term. */
export interface TermUse {
  index: number;
  text: string;
  term: GlossaryTerm;
}

/** Returns the first use of each term not yet in `linked`, in order of place, without overlaps. */
export function firstUses(text: string, linked: ReadonlySet<string>, terms = GLOSSARY_TERMS): TermUse[] {
  const uses = terms
    .filter((term) => !linked.has(term.id))
    .flatMap((term) => {
      const found = term.forms
        .map((form) => formPattern(form).exec(text))
        .filter((match): match is RegExpExecArray => match !== null)
        // The earliest use; at the same place, the longest form ("detainer requests" over "detainer").
        .toSorted((a, b) => a.index - b.index || b[0].length - a[0].length)[0];
      return found ? [{ index: found.index, text: found[0], term }] : [];
    })
    .toSorted((a, b) => a.index - b.index);
  const kept: TermUse[] = [];
  for (const use of uses) {
    const last = kept.at(-1);
    if (!last || use.index >= last.index + last.text.length) kept.push(use);
  }
  return kept;
}
