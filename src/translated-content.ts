// The explainers, the glossary and the FAQ in a language: the translation where there is one, with what it says
// of itself, and whether the English has changed since it was made. Kept out of src/lib, which imports no
// astro:* module.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from './lib/i18n/locales.ts';
import { VERSION_LENGTH, type TranslationFrontmatter } from './lib/content/schema.ts';

export type ProseCollection = 'explainers' | 'pages';
export type ProseEntry = CollectionEntry<'explainers'> | CollectionEntry<'pages'> | CollectionEntry<'translations'>;

/** A prose page in a language: the entry to show, its English slug, and what its translation says of itself. */
export interface LocalizedProse {
  slug: string;
  entry: ProseEntry;
  english: CollectionEntry<'explainers'> | CollectionEntry<'pages'>;
  /** Null for the English page; for a page with no translation yet, the English entry is shown and this says so. */
  translation: (TranslationFrontmatter & { isOutdated: boolean }) | null;
  isTranslated: boolean;
}

/** Returns the version of an English file that translations name: the first 12 hex characters of its SHA-256. */
export const englishVersion = (filePath: string) => createHash('sha256').update(readFileSync(filePath)).digest('hex').slice(0, VERSION_LENGTH);

/** Returns every page of a collection in a language, in the English order. */
export async function localizedProse(collection: ProseCollection, locale: Locale): Promise<LocalizedProse[]> {
  const english = await getCollection(collection);
  if (locale === DEFAULT_LOCALE) return english.map((entry) => ({ slug: entry.id, entry, english: entry, translation: null, isTranslated: true }));
  const prefix = `${locale}/${collection}/`;
  const translations = await getCollection('translations', (entry) => entry.id.startsWith(prefix));
  return english.map((entry) => {
    const translated = translations.find((candidate) => candidate.id === `${prefix}${entry.id}`);
    if (!translated) return { slug: entry.id, entry, english: entry, translation: null, isTranslated: false };
    const { translation } = translated.data;
    const isOutdated = entry.filePath === undefined || englishVersion(entry.filePath) !== translation.translates;
    return { slug: entry.id, entry: translated, english: entry, translation: { ...translation, isOutdated }, isTranslated: true };
  });
}
