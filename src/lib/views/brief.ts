import { hasKey, translate, type Locale } from '../i18n/index.ts';

/** A glossary term as the printed brief explains it: its name and a one-line definition. */
export interface BriefTerm {
  id: string;
  name: string;
  definition: string;
}

/** Returns the short definitions of the terms a page uses, in order of use; terms without one are left out. */
export function briefTerms(used: Iterable<string>, locale: Locale): BriefTerm[] {
  return [...used].flatMap((id) => {
    const name = `term.${id}.name`;
    const definition = `term.${id}.short`;
    if (!hasKey(name) || !hasKey(definition)) return [];
    return [{ id, name: translate(locale, name), definition: translate(locale, definition) }];
  });
}
