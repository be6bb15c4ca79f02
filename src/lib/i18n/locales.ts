// The only place a language is declared. Everything else (routes, strings, formatting, the switcher, hreflang,
// the sitemap, the tests) is driven by this table; README "How to add a language" says what else a language needs.

/** The readability measures of src/lib/readability-by-language.ts. */
export type ReadabilityMeasureName = 'flesch-kincaid-grade' | 'szigriszt-pazos' | 'flesch-martins' | 'words-per-sentence' | 'characters-per-sentence';

/** One language of the site. */
export interface LocaleEntry {
  /** The path prefix (/es/…) and Astro's locale key: lower case. English, the default, has no prefix. */
  key: string;
  /** BCP 47 tag for `lang` and `hreflang`, in its own case (for example zh-Hans). */
  tag: string;
  /** The language's name in the language itself, as the switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * The locales to format numbers, dates and plurals with, in order of preference. Explicit, because Intl falls
   * back to the building machine's own locale for a language that Node's ICU lacks (Haitian Creole).
   */
  format: readonly string[];
  /**
   * The names of the months, January first, for a language whose month names Intl does not have (Haitian
   * Creole): dates then take their order from `format` and their month names from here.
   */
  months?: readonly string[];
  /**
   * How the language's explainers, glossary and FAQ are measured for readability (src/lib/readability-by-language.ts)
   * and the bar they must clear: at most `bar` for a grade or a length, at least `bar` for a reading ease.
   */
  readability: { measure: ReadabilityMeasureName; bar: number };
  /**
   * Who reviewed the UI strings and data labels of this language, and when (YYYY-MM-DD); null while they are a
   * draft that no professional translator has reviewed. Each translated explainer records its own status.
   */
  review: { reviewer: string; date: string } | null;
}

export const LOCALES = [
  { key: 'en', tag: 'en', name: 'English', dir: 'ltr', format: ['en-US'], readability: { measure: 'flesch-kincaid-grade', bar: 8 }, review: null },
  { key: 'es', tag: 'es', name: 'Español', dir: 'ltr', format: ['es'], readability: { measure: 'szigriszt-pazos', bar: 55 }, review: null },
  { key: 'ht', tag: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr', format: ['fr-HT'], months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'], readability: { measure: 'words-per-sentence', bar: 20 }, review: null },
  { key: 'zh-hans', tag: 'zh-Hans', name: '简体中文', dir: 'ltr', format: ['zh-Hans'], readability: { measure: 'characters-per-sentence', bar: 35 }, review: null },
  { key: 'zh-hant', tag: 'zh-Hant', name: '繁體中文', dir: 'ltr', format: ['zh-Hant'], readability: { measure: 'characters-per-sentence', bar: 35 }, review: null },
  { key: 'vi', tag: 'vi', name: 'Tiếng Việt', dir: 'ltr', format: ['vi'], readability: { measure: 'words-per-sentence', bar: 30 }, review: null },
  { key: 'pt-br', tag: 'pt-BR', name: 'Português', dir: 'ltr', format: ['pt-BR'], readability: { measure: 'flesch-martins', bar: 50 }, review: null },
] as const satisfies readonly LocaleEntry[];

export type Locale = (typeof LOCALES)[number]['key'];

/** English: the authoritative text, at the site's original URLs (no prefix). */
export const DEFAULT_LOCALE: Locale = 'en';

/** Returns a language's entry in the table. */
export function localeEntry(locale: Locale): LocaleEntry {
  const entry = LOCALES.find((candidate) => candidate.key === locale);
  if (!entry) throw new Error(`No language "${locale}" in src/lib/i18n/locales.ts`);
  return entry;
}

/** Returns whether a string names a language of the site. */
export const isLocale = (key: string | undefined): key is Locale => LOCALES.some((entry) => entry.key === key);

/** Returns the formatting locales of a language, for Intl. */
export const formatLocales = (locale: Locale): string[] => [...localeEntry(locale).format];

/** Returns a site path in a language: /years/2025/ in English, /es/years/2025/ in Spanish. */
export const localizedPath = (path: string, locale: Locale): string =>
  locale === DEFAULT_LOCALE ? path : `/${locale}${path.startsWith('/') ? path : `/${path}`}`;

/** Returns the language of a site path and the path without its language prefix. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const [, first = '', ...rest] = path.split('/');
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: `/${rest.join('/')}` };
  return { locale: DEFAULT_LOCALE, path };
}

/** The `params` of a page in every language, for getStaticPaths: `locale` is undefined for English (no prefix). */
export const localeParams = () => LOCALES.map((entry) => ({ locale: entry.key === DEFAULT_LOCALE ? undefined : entry.key }));

/** Returns the language of a page from its `locale` param. */
export const localeOf = (param: string | undefined): Locale => (isLocale(param) ? param : DEFAULT_LOCALE);
