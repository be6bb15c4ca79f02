// Pure number formatters for the page's locale. Counts and percentages appear as reported.

/** Returns a count as text, for example "1,234". */
export const formatCount = (value: number, locale = 'en') => new Intl.NumberFormat(locale).format(value);

/** Returns a percentage given on a 0–100 scale as text, for example "28%". */
export const formatPercent = (value: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Returns a ratio with at most one decimal place, for example "3.8". */
export const formatRatio = (value: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
