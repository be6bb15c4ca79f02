import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import type { DataIssue } from './issues.ts';
import { readTable } from './table.ts';

// data/terms.csv: the one term this site uses for each concept in each language, where it comes from, and why.
// Columns: id, en, then for each other language of src/lib/i18n/locales.ts <key>, <key>_source, <key>_note.
// A source is a document that uses the term, or exactly "our choice", with the reason in the note.

/** One concept's term in each language. */
export interface Term {
  line: number;
  /** The glossary term's id where the concept has a glossary entry (src/lib/prose/glossary-terms.ts). */
  id: string;
  en: string;
  /** By language (not English): the term, where it comes from, and a note. */
  translations: Partial<Record<Locale, { term: string; source: string; note: string | null }>>;
}

const OTHERS = LOCALES.filter((entry) => entry.key !== DEFAULT_LOCALE).map((entry) => entry.key);
const required = (what: string) => z.string().min(1, `expected ${what}`).max(500, `expected ${what} of at most 500 characters`);

const termRow = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id in lowercase words joined by hyphens, for example probable-cause'),
  en: required('the English term'),
  ...Object.fromEntries(OTHERS.flatMap((key) => [
    [key, required(`the term in ${key}`)],
    [`${key}_source`, required('where the term comes from: a document that uses it, or our choice')],
    [`${key}_note`, z.string().max(500, 'expected a note of at most 500 characters')],
  ])),
});

/** Reads and checks data/terms.csv; adds every problem to `issues`. */
export function readTerms(dir: string, issues: DataIssue[]): Term[] {
  const table = readTable<typeof termRow, Term>(dir, 'terms.csv', termRow, (row) => {
    const cells = row as Record<string, string | undefined>;
    return {
      id: row.id,
      en: row.en,
      translations: Object.fromEntries(OTHERS.map((key) => [key, {
        term: cells[key] ?? '',
        source: cells[`${key}_source`] ?? '',
        note: cells[`${key}_note`] ? cells[`${key}_note`] ?? null : null,
      }])),
    } as Omit<Term, 'line'>;
  }, issues);
  return table.rows;
}
