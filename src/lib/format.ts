// Pure number formatters for the page's language, through the formatting locales of src/lib/i18n/locales.ts.
// Counts and percentages appear as reported.
import { formatLocales, type Locale } from './i18n/locales.ts';

/**
 * Returns the number if it is finite, and throws otherwise: data/ is checked so that no count or share is
 * ever Infinity or NaN, and if one got through, a stopped build is better than a page that says "∞ requests".
 */
export function finiteNumber(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Expected a finite number to show or publish, found ${value}`);
  return value;
}

/** Returns a count as text, for example "1,234". */
export const formatCount = (value: number, locale: Locale = 'en') => new Intl.NumberFormat(formatLocales(locale)).format(finiteNumber(value));

/** Returns a percentage given on a 0–100 scale as text, for example "28%". */
export const formatPercent = (value: number, locale: Locale = 'en') =>
  new Intl.NumberFormat(formatLocales(locale), { style: 'percent', maximumFractionDigits: 1 }).format(finiteNumber(value) / 100);

/** Returns a reported value in its measure's unit: "28%" for a percentage, "1,234" for a count. */
export const formatValue = (value: number, unit: 'count' | 'percent', locale: Locale = 'en') =>
  unit === 'percent' ? formatPercent(value, locale) : formatCount(value, locale);

/** Returns a ratio with at most one decimal place, for example "3.8". */
export const formatRatio = (value: number, locale: Locale = 'en') =>
  new Intl.NumberFormat(formatLocales(locale), { maximumFractionDigits: 1 }).format(finiteNumber(value));

/** Returns a file size in bytes, for example "1,302 bytes". */
export const formatBytes = (value: number, locale: Locale = 'en') =>
  new Intl.NumberFormat(formatLocales(locale), { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(finiteNumber(value));

/** Returns a YYYY-MM-DD date in words, for example "November 23, 2026"; the day does not shift with the time zone. */
export const formatDate = (isoDate: string, locale: Locale = 'en') =>
  new Intl.DateTimeFormat(formatLocales(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

