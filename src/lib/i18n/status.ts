import { localeEntry, type Locale } from './locales.ts';

/** What a page in a language other than English says of its translation. */
export type PageTranslation =
  | { status: 'draft'; reviewer?: undefined; reviewed?: undefined; isOutdated: boolean; isTranslated: boolean }
  | { status: 'reviewed'; reviewer: string; reviewed: string; isOutdated: boolean; isTranslated: boolean };

/**
 * Returns the translation status of a page made of UI strings and data labels: the language's own (its entry in
 * locales.ts), never newer than its review. A prose page passes the status of its translated file instead.
 */
export function uiTranslation(locale: Locale): PageTranslation {
  const { review } = localeEntry(locale);
  return review ? { status: 'reviewed', reviewer: review.reviewer, reviewed: review.date, isOutdated: false, isTranslated: true } : { status: 'draft', isOutdated: false, isTranslated: true };
}
