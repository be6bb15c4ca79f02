// Pure number formatters for the page's language, through the formatting locales of src/lib/i18n/locales.ts.
// Counts and percentages appear as reported.
import { formatLocales, localeEntry, type Locale } from './i18n/locales.ts';

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

/**
 * Returns a date formatter for a language, in UTC. For a language whose month names ICU lacks (Haitian
 * Creole), the formatting locale gives the order and the language's own `months` replace the month's name.
 */
function dateFormatter(locale: Locale, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const format = new Intl.DateTimeFormat(formatLocales(locale), { ...options, timeZone: 'UTC' });
  const { months } = localeEntry(locale);
  if (!months) return (date) => format.format(date);
  return (date) => format.formatToParts(date).map((part) => (part.type === 'month' ? (months[date.getUTCMonth()] ?? part.value) : part.value)).join('');
}

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Returns a YYYY-MM-DD date in words, for example "November 23, 2026"; the day does not shift with the time zone. */
export const formatDate = (isoDate: string, locale: Locale = 'en') => dateFormatter(locale, { dateStyle: 'long' })(utcDate(isoDate));

/** Returns the day and month of a YYYY-MM-DD date in words, for example "November 23". */
export const formatDayAndMonth = (isoDate: string, locale: Locale = 'en') => dateFormatter(locale, { month: 'long', day: 'numeric' })(utcDate(isoDate));
