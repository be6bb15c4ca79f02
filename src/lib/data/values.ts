import type { Unit } from './schemas.ts';

/**
 * The largest count a figure may give. One agency's count of one year's detainer requests cannot exceed all
 * the requests ICE issues in a year nationwide, which has never reached a million (a few hundred thousand at
 * its highest); a larger number is a typing mistake. It keeps every count a safe integer, too.
 */
export const MAX_COUNT = 1_000_000;

/** Decimal places a percentage may have: the site shows one, so it shows every percentage as given. */
export const PERCENT_DECIMALS = 1;

const DIGITS = /^[0-9]+$/;
const DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;
// 1,234 in quotes (unquoted, the comma would split the row).
const THOUSANDS = /^[0-9]{1,3}(?:,[0-9]{3})+$/;

/**
 * Returns a figure's value in its measure's unit (null for an empty value: "not reported"), or what was
 * expected instead. Only the digits 0–9 are read: no sign, separator, exponent or other script's digits,
 * and no leading zero (057 is more likely a slip than 57).
 */
export function parseValue(unit: Unit, text: string): { value: number | null } | { expected: string } {
  if (text === '') return { value: null };
  return unit === 'count' ? parseCount(text) : parsePercent(text);
}

/** Returns the value if it is valid in either unit, for a figure whose measure is unknown. */
export function parseAnyValue(text: string): { value: number | null } | { expected: string } {
  const count = parseValue('count', text);
  if ('value' in count) return count;
  const percent = parseValue('percent', text);
  if ('value' in percent) return percent;
  return { expected: `expected a number: a whole number up to ${MAX_COUNT.toLocaleString('en')} for a count, or a percentage from 0 to 100` };
}

function parseCount(text: string): { value: number } | { expected: string } {
  if (THOUSANDS.test(text)) return { expected: 'expected a whole number without thousands separators' };
  if (!DIGITS.test(text)) return { expected: 'expected a whole number ≥ 0' };
  if (/^0./.test(text)) return { expected: 'expected a whole number without leading zeros' };
  // Compared as text first: Number() of hundreds of digits is Infinity, and of 17 digits is already rounded.
  if (text.length > String(MAX_COUNT).length || Number(text) > MAX_COUNT) {
    return { expected: `expected a count of at most ${MAX_COUNT.toLocaleString('en')} (see data/README.md)` };
  }
  return { value: Number(text) };
}

function parsePercent(text: string): { value: number } | { expected: string } {
  if (text.endsWith('%') && DECIMAL.test(text.slice(0, -1))) return { expected: 'expected a percentage from 0 to 100, without the % sign' };
  if (!DECIMAL.test(text)) return { expected: 'expected a percentage from 0 to 100' };
  const [whole = '', decimals = ''] = text.split('.');
  if (/^0./.test(whole)) return { expected: 'expected a percentage without leading zeros' };
  if (whole.length > 3 || Number(text) > 100) return { expected: 'expected a percentage from 0 to 100' };
  if (decimals.length > PERCENT_DECIMALS) return { expected: `expected a percentage with at most ${PERCENT_DECIMALS} decimal place, as the site shows it` };
  return { value: Number(text) };
}
