import { loadData, localizeData } from '../data/index.ts';
import { localeOf, localeParams, useStrings } from '../i18n/index.ts';

/** The getStaticPaths of a page built once per language of src/lib/i18n/locales.ts: /x/, /es/x/, … */
export const onePagePerLanguage = () => localeParams().map((params) => ({ params }));

/**
 * Returns what a page in one language starts from: the language of its `locale` param, its strings, and the
 * data in its words (read on each page, so that `npm start` shows an edit to data/ at once).
 */
export function pageLanguage(param: string | undefined) {
  const locale = localeOf(param);
  return { locale, t: useStrings(locale), data: localizeData(loadData(), locale) };
}
