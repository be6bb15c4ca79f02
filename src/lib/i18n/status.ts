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

/**
 * Returns what a prose page says of its translation: its file's own status (a reviewed one names its reviewer
 * and day) and whether the English has changed since; a page with no translation yet shows the English text.
 */
export function proseTranslation(
  translation: { status: 'draft' | 'reviewed'; reviewer?: string | undefined; reviewed?: Date | undefined; isOutdated: boolean } | null,
  isTranslated: boolean,
): PageTranslation {
  if (!translation) return { status: 'draft', isOutdated: false, isTranslated };
  const { status, reviewer, reviewed, isOutdated } = translation;
  if (status === 'reviewed' && reviewer !== undefined && reviewed !== undefined) {
    return { status, reviewer, reviewed: reviewed.toISOString().slice(0, 10), isOutdated, isTranslated };
  }
  return { status: 'draft', isOutdated, isTranslated };
}
