// The glossary's terms and the forms in which the prose uses them. The definitions are content
// (src/content/pages/glossary.md, one heading per term, whose id is the term's id); a test checks that the
// two agree.

/** A glossary term: its id (the anchor on /glossary/) and the forms that count as a use of it. */
export interface GlossaryTerm {
  id: string;
  /** Longest first. Forms in capitals match only in capitals (ICE, not "ice"). */
  forms: string[];
}

export const GLOSSARY_TERMS: GlossaryTerm[] = [
  { id: 'detainer', forms: ['detainer requests', 'detainer request', 'detainers', 'detainer'] },
  { id: 'ice', forms: ['ICE'] },
  { id: 'bpd', forms: ['BPD'] },
  { id: 'trust-act', forms: ['Trust Act'] },
  { id: 'sjc', forms: ['Supreme Judicial Court', 'SJC'] },
  { id: 'sheriff', forms: ['sheriffs', 'sheriff'] },
  { id: 'probable-cause', forms: ['probable cause'] },
  { id: 'removable', forms: ['removable'] },
  { id: 'non-citizen', forms: ['non-citizens', 'non-citizen'] },
  { id: 'immigration-status', forms: ['immigration status'] },
  { id: 'custody', forms: ['custody'] },
  { id: 'civil', forms: ['civil'] },
  { id: 'criminal', forms: ['criminal'] },
  { id: 'bail', forms: ['bail'] },
  { id: 'warrant', forms: ['warrant'] },
  { id: 'share', forms: ['shares', 'share'] },
  { id: 'dedicated-fax-line', forms: ['dedicated detainer fax line', 'dedicated fax line'] },
  // This site's own words, not the sources'.
  { id: 'derived', forms: ['derived'] },
  { id: 'primary-record', forms: ['primary records', 'primary record'] },
];

/** Returns the URL of a term's entry in the glossary. */
export const glossaryHref = (id: string) => `/glossary/#${id}`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCapitals = (form: string) => form === form.toUpperCase();

/** Returns a pattern that finds a form as a whole word: in capitals exactly, otherwise in any case. */
export function formPattern(form: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, isCapitals(form) ? 'u' : 'iu');
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
