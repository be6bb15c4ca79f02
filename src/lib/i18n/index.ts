import { en } from './en.ts';
import { es } from './es.ts';
import { ht } from './ht.ts';
import { zhHans } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';
import { vi } from './vi.ts';
import { ptBR } from './pt-br.ts';
import { formatLocales, type Locale } from './locales.ts';

export { DEFAULT_LOCALE, LOCALES, localeEntry, localizedPath, localeOf, localeParams, splitLocale, formatLocales, type Locale } from './locales.ts';
type Params = Record<string, string | number>;
type BaseKey<K> = K extends `${infer Base}.${'one' | 'other'}` ? Base : K;
/** A string key, with plural keys named without their `.one` / `.other` ending. */
export type Key = BaseKey<keyof typeof en>;

// One table of strings per language, with the same keys: es.ts is typed by en.ts, so a missing key is a type error.
const strings: Record<Locale, Record<string, string>> = { en, es, ht, 'zh-hans': zhHans, 'zh-hant': zhHant, vi, 'pt-br': ptBR };

/** Returns the UI string for `key` in `locale`, plural form chosen by `count`, numbers formatted. */
export function translate(locale: Locale, key: Key, params: Params = {}): string {
  const table = strings[locale];
  const count = params['count'];
  const plural = typeof count === 'number' ? `${key}.${new Intl.PluralRules(formatLocales(locale)).select(count)}` : undefined;
  const template = (plural && (table[plural] ?? table[`${key}.other`])) ?? table[key];
  if (template === undefined) throw new Error(`No "${locale}" string for "${key}"`);
  const number = new Intl.NumberFormat(formatLocales(locale));
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`String "${key}" needs {${name}}`);
    return typeof value === 'number' ? number.format(value) : value;
  });
}

/** Returns a language's whole table of strings, for checks across every string. */
export const stringTable = (locale: Locale): Readonly<Record<string, string>> => strings[locale];

/** Returns whether `key` names a string (keys built at run time, such as a glossary term's). */
export const hasKey = (key: string): key is Key => key in en;

/** Returns a translate function bound to one locale. */
export const useStrings = (locale: Locale) => (key: Key, params?: Params) => translate(locale, key, params);

/** A piece of a string: plain text, or the name of a slot that a component fills with markup (a link). */
export type Part = { text: string } | { slot: string };

/**
 * Returns the string for `key` cut into text and slots, so that a component can put links where the
 * named placeholders are without building HTML from strings.
 */
export function translateParts(locale: Locale, key: Key, slots: string[], params: Params = {}): Part[] {
  const marked = Object.fromEntries(slots.map((name) => [name, `\u0000${name}\u0000`]));
  const text = translate(locale, key, { ...params, ...marked });
  return text
    .split('\u0000')
    .map((piece, index): Part => (index % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
