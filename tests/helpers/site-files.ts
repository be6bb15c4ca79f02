import { DEFAULT_LOCALE, LOCALES, localizedPath, splitLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { siteFiles } from '../../src/lib/deploy/site-files.ts';

export { siteFiles };

/** Returns the SVG chart files of a language in a built site folder (/charts/…, /es/charts/…). */
export const chartSvgFiles = (site: string, locale: Locale): string[] =>
  siteFiles(site).filter((file) => file.startsWith(localizedPath('/charts/', locale).slice(1)) && file.endsWith('.svg'));

/** A built HTML page: its file inside the site folder and the URL path that serves it. */
export interface SitePage {
  file: string;
  path: string;
}

/** Returns every HTML page in a built site folder, found by walking it, with the URL path of each. */
export function sitePages(site: string): SitePage[] {
  return siteFiles(site)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
}

/** Returns a page's template: its path without its language prefix, with the part that varies (a year, a slug, a version) as *. */
export function templateOf(path: string): string {
  return splitLocale(path).path
    .replace(/^\/years\/\d+\//, '/years/*/')
    .replace(/^\/explainers\/[^/]+\//, '/explainers/*/')
    .replace(/^\/embed\/[^/]+\//, '/embed/*/')
    .replace(/^\/data\/v[^/]+\//, '/data/v*/')
    .replace(/^\/(glossary|faq)\//, '/[page]/');
}

/**
 * Returns the pages the browser checks open: every English page, and in each other language the first page of
 * each template (a year page, an explainer, an embed…). Every language's pages come from the same templates and
 * differ only in their words, which the build tests read on every page; so the browser time grows with the
 * templates, not with languages × pages.
 */
export function browserPages(site: string): SitePage[] {
  const seen = new Set<string>();
  return sitePages(site).filter((page) => {
    const { locale } = splitLocale(page.path);
    if (locale === DEFAULT_LOCALE) return true;
    const key = `${locale} ${templateOf(page.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Returns the pages for the browser checks that a page's words do not change (keyboard order, accessibility
 * rules, controls, reading without script, requests and errors): every English page, and each template once in
 * another language, the languages taken in turn, so that each language is opened in two or more templates. The
 * checks that words do change (layout at phone width, chart labels, page weight) open every page browserPages
 * gives; the build tests read every page of every language.
 */
export function sampledBrowserPages(site: string): SitePage[] {
  const others = LOCALES.filter((entry) => entry.key !== DEFAULT_LOCALE).map((entry) => entry.key);
  const templates = new Map<string, number>();
  return browserPages(site).filter((page) => {
    const { locale } = splitLocale(page.path);
    if (locale === DEFAULT_LOCALE) return true;
    const template = templateOf(page.path);
    if (!templates.has(template)) templates.set(template, templates.size);
    return others[(templates.get(template) ?? 0) % others.length] === locale;
  });
}
