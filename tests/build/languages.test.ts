import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/lib/catalog/package.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { stringTable, translate } from '../../src/lib/i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, localizedPath, splitLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { glossaryTerms } from '../../src/lib/prose/glossary-terms.ts';
import { readabilityOf } from '../../src/lib/readability-by-language.ts';
import { canRasterize } from '../../src/lib/raster-text.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { chartSvgFiles, sitePages } from '../helpers/site-files.ts';
import { page, SITE, SITE_CORRECTED, SITE_WITH_2026, SITE_WITH_URL } from './site.ts';

// Every language of src/lib/i18n/locales.ts, checked on the built site. Adding a language adds its tests here:
// nothing below names a language but English, the default.

const OTHERS = LOCALES.filter((entry) => entry.key !== DEFAULT_LOCALE);
const pages = sitePages(SITE);
const pathsIn = (locale: Locale) => new Set(pages.map((entry) => entry.path).filter((path) => splitLocale(path).locale === locale));
const english = [...pathsIn(DEFAULT_LOCALE)];
/** The English pages that have a counterpart in every language: all but the English not-found page. */
const translatable = english.filter((path) => path !== '/404.html');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Returns the text of a page as a reader of its language meets it: without what is marked as English, code and citations in English styles. */
function ownLanguageText(file: string): string {
  const { document } = page(SITE, file);
  for (const element of document.querySelectorAll('[lang="en"], code, pre, script, style, svg title, .languages')) element.remove();
  return squash(document.body.textContent);
}

describe.each(LOCALES)('the 2025 count of transfers to ICE custody in $name', ({ key, format }) => {
  // Written from data/ in the plural form the language gives its number: 0 takes the plural in English and
  // Spanish, the singular in Brazilian Portuguese (Intl.PluralRules of the language's formatting locales).
  it('reads with its noun in the plural form of its number, wherever the explainers and the FAQ give it', () => {
    const figure = loadData({ dataDir: 'data', today: TODAY }).figures.find((candidate) => candidate.year === 2025 && candidate.reportedBy === 'BPD' && candidate.measure === 'transfers_to_ice_custody');
    expect(figure?.value).toBeTypeOf('number');
    const count = figure?.value ?? Number.NaN;
    const form = new Intl.PluralRules(format).select(count);
    const template = stringTable(key)[`count.transfers_to_ice_custody.${form}`] ?? stringTable(key)['count.transfers_to_ice_custody.other'] ?? '';
    const expected = template.replace('{count}', new Intl.NumberFormat(format).format(count));
    for (const path of ['/explainers/the-2025-figures/', '/explainers/why-boston-police-do-not-hold-people/', '/faq/']) {
      expect(squash(page(SITE, localizedPath(path, key).slice(1)).document.querySelector('main')?.textContent), path).toContain(expected);
    }
  });
});

describe.each(OTHERS)('$name ($key)', ({ key, tag }) => {
  const own = pathsIn(key);

  it('has every page of the English site, at the same path after its prefix', () => {
    const missing = translatable.filter((path) => !own.has(localizedPath(path, key)));
    expect(missing).toEqual([]);
    expect(own.has(localizedPath('/404/', key))).toBe(true);
  });

  it('has a translation of every explainer, of the glossary and of the FAQ, with the same entries', () => {
    for (const collection of ['explainers', 'pages']) {
      const files = readdirSync(join('src/content', collection)).filter((file) => file.endsWith('.md'));
      const missing = files.filter((file) => !existsSync(join('src/content/translations', key, collection, file)));
      expect(missing, collection).toEqual([]);
    }
    for (const path of ['/glossary/', '/faq/']) {
      const ids = (file: string) => [...page(SITE, file).document.querySelectorAll('.prose-body h2')].map((heading) => heading.id);
      expect(ids(localizedPath(path, key).slice(1)), path).toEqual(ids(path.slice(1)));
    }
  });

  it(`says lang="${tag}" on every page, and marks what stays in English`, () => {
    for (const path of own) {
      const { document } = page(SITE, path.slice(1));
      expect(document.documentElement.getAttribute('lang'), path).toBe(tag);
    }
    // Source titles as published stay in English, marked so.
    const sources = page(SITE, localizedPath('/sources/', key).slice(1)).document;
    const titles = loadData({ dataDir: 'data', today: TODAY }).sources.flatMap((source) => (source.title ? [source.title] : []));
    for (const title of titles) {
      const marked = [...sources.querySelectorAll('[lang="en"]')].some((element) => squash(element.textContent).includes(title));
      expect(marked, title).toBe(true);
    }
  });

  it('shows no English UI string on its pages', () => {
    // Every English string's fixed words (between its placeholders), where the language's own string differs.
    const fragments = Object.entries(en)
      .filter(([stringKey, text]) => text !== stringTable(key)[stringKey])
      .flatMap(([, text]) => text.split(/\{\w+\}/).map(squash))
      .filter((fragment) => fragment.length >= 24);
    const found = [...own].flatMap((path) => {
      const text = ownLanguageText(path.slice(1));
      return fragments.filter((fragment) => text.includes(fragment)).map((fragment) => `${path}: "${fragment}"`);
    });
    expect(found).toEqual([]);
  });

  it('says on every page how it was translated, and links to the English page as the authoritative one', () => {
    for (const path of own) {
      const { document } = page(SITE, path.slice(1));
      const notice = document.querySelector('.translation-notice');
      expect(squash(notice?.textContent), path).toContain(translate(key, 'translation.draft'));
      const englishPath = path.endsWith('/404/') ? '/' : splitLocale(path).path;
      expect(notice?.querySelector(`a[hreflang="en"][href="${englishPath}"]`), path).not.toBeNull();
    }
  });

  it('shows on its glossary each term of data/terms.csv in the language, where it comes from and why; the English glossary has a column for it', () => {
    const terms = loadData({ dataDir: 'data', today: TODAY }).terms;
    const entries = [...page(SITE, localizedPath('/glossary/', key).slice(1)).document.querySelectorAll('.terms-list > div')]
      .map((entry) => [...entry.children].map((cell) => squash(cell.textContent)));
    const colon = translate(key, 'punct.colon');
    expect(entries).toEqual(terms.map((term) => {
      const own = term.translations[key];
      const source = own?.source === 'our choice' ? translate(key, 'terms.ourChoice') : own?.source;
      return [
        squash(`${term.en}${colon}${own?.term}`),
        squash(`${translate(key, 'terms.source')}${colon}${source}`),
        ...(own?.note ? [squash(`${translate(key, 'terms.note')}${colon}${own.note}`)] : []),
      ];
    }));
    const english = page(SITE, 'glossary/').document.querySelector('.terms table');
    const column = [...(english?.querySelectorAll('thead th') ?? [])].findIndex((cell) => cell.querySelector(`a[hreflang="${tag}"]`));
    expect(column).toBeGreaterThan(0);
    expect([...(english?.querySelectorAll('tbody tr') ?? [])].map((row) => squash(row.children[column]?.textContent))).toEqual(terms.map((term) => term.translations[key]?.term));
  });

  it('offers each chart as a PNG file only where the build can draw its words (not in Chinese), and links only to files that exist', () => {
    const svgs = chartSvgFiles(SITE, key);
    expect(svgs.length).toBeGreaterThan(3);
    for (const svg of svgs) {
      const png = svg.replace(/\.svg$/, '.png');
      expect(existsSync(join(SITE, png)), png).toBe(canRasterize([readFileSync(join(SITE, svg), 'utf8')]));
    }
    const home = page(SITE, localizedPath('/', key).slice(1)).document;
    for (const link of home.querySelectorAll('a[href$=".png"]')) expect(existsSync(join(SITE, link.getAttribute('href') ?? ''))).toBe(true);
  });

  it('uses the terms of data/terms.csv where the English page uses the English term', () => {
    const englishTerms = glossaryTerms(DEFAULT_LOCALE);
    const terms = glossaryTerms(key);
    const missing = translatable.filter((path) => !path.startsWith('/embed/')).flatMap((path) => {
      // The site's name is a proper name ("Boston Detainer Data"), and citations and file names (boston-detainer-data.zip) repeat it: not uses of the word detainer.
      const mainText = (file: string) => {
        const main = page(SITE, file).document.querySelector('main');
        for (const element of main?.querySelectorAll('.cite-page, .citation, .downloads, code') ?? []) element.remove();
        return squash(main?.textContent).toLowerCase().replaceAll(translate(DEFAULT_LOCALE, 'site.name').toLowerCase(), '').replaceAll(PACKAGE_NAME, '');
      };
      const englishText = mainText(path.slice(1));
      const text = mainText(localizedPath(path, key).slice(1));
      return englishTerms.flatMap((term, index) => {
        const usesEnglish = term.forms.some((form) => englishText.includes(form.toLowerCase()));
        const usesOwn = (terms[index]?.forms ?? []).some((form) => text.includes(form.toLowerCase()));
        return usesEnglish && !usesOwn ? [`${path}: ${term.id}`] : [];
      });
    });
    expect(missing).toEqual([]);
  });

  it('reads easily: every explainer, the glossary and the FAQ clear the readability bar of the language', () => {
    const measure = readabilityOf(key);
    const prose = translatable.filter((path) => /^\/(explainers\/[^/]+|glossary|faq)\/$/.test(path));
    const scores = prose.map((path) => {
      const { document } = page(SITE, localizedPath(path, key).slice(1));
      for (const cite of document.querySelectorAll('sup')) cite.remove();
      const blocks = [...document.querySelectorAll('article.prose h1, .summary p, .prose-body :is(h2, h3, h4, p, li)')].map((block) => squash(block.textContent));
      return { path, score: measure.score(blocks) };
    });
    console.log(`${tag} readability, ${measure.name}:\n${scores.map(({ path, score }) => `  ${score.toFixed(1)}  ${path}`).join('\n')}`);
    expect(scores.filter(({ score }) => !measure.isEasyEnough(score)).map(({ path, score }) => `${path}: ${score.toFixed(1)}, expected ${measure.bar}`)).toEqual([]);
  });

  it('shows a year added to data/ on its pages too, with no code change', () => {
    const home = squash(page(SITE_WITH_2026, localizedPath('/', key).slice(1)).document.querySelector('h1')?.textContent);
    expect(home).toContain('2026');
    expect(existsSync(join(SITE_WITH_2026, localizedPath('/years/2026/', key).slice(1), 'index.html'))).toBe(true);
  });

  it('says so on a translated page when the English text has changed since the translation', () => {
    const outdated = translate(key, 'translation.outdated');
    const changed = page(SITE_CORRECTED, localizedPath('/explainers/about-this-data/', key).slice(1)).document;
    expect(squash(changed.querySelector('.translation-notice')?.textContent)).toContain(outdated);
    const unchanged = page(SITE_CORRECTED, localizedPath('/explainers/the-2025-figures/', key).slice(1)).document;
    expect(squash(unchanged.querySelector('.translation-notice')?.textContent)).not.toContain(outdated);
  });

  it('lists the translations that are out of date in the site as built from main (none, or listed here)', () => {
    const outdated = translate(key, 'translation.outdated');
    const list = [...own].filter((path) => squash(page(SITE, path.slice(1)).document.querySelector('.translation-notice')?.textContent).includes(outdated));
    console.log(`${tag}: translations out of date: ${list.length === 0 ? 'none' : list.join(', ')}`);
    expect(list).toEqual([]);
  });
});

describe('links between languages', () => {
  it('give every page a switcher naming each language in itself, the current one not a link', () => {
    for (const { path } of pages.filter((entry) => !splitLocale(entry.path).path.startsWith('/embed/'))) {
      const { document } = page(SITE, path === '/' ? '' : path.slice(1));
      const { locale, path: bare } = splitLocale(path);
      const nav = document.querySelector('nav.languages');
      expect(nav?.querySelector('[aria-current="true"]')?.getAttribute('lang'), path).toBe(LOCALES.find((entry) => entry.key === locale)?.tag);
      for (const entry of LOCALES.filter((candidate) => candidate.key !== locale)) {
        const link = nav?.querySelector(`a[hreflang="${entry.tag}"]`);
        expect(link?.getAttribute('lang'), path).toBe(entry.tag);
        expect(link?.getAttribute('rel'), path).toBe('alternate');
        expect(squash(link?.textContent), path).toBe(entry.name);
        if (!bare.endsWith('404.html') && !bare.endsWith('/404/')) expect(link?.getAttribute('href'), path).toBe(localizedPath(bare, entry.key));
      }
    }
  });

  it('pair every page with its versions in head, both ways, and x-default is the English page', () => {
    for (const path of english.filter((candidate) => candidate !== '/404.html' && !candidate.startsWith('/embed/'))) {
      for (const entry of LOCALES) {
        const here = localizedPath(path, entry.key);
        const { document } = page(SITE, here === '/' ? '' : here.slice(1));
        for (const other of LOCALES) {
          expect(document.querySelector(`link[rel="alternate"][hreflang="${other.tag}"]`)?.getAttribute('href'), `${here} → ${other.tag}`).toBe(localizedPath(path, other.key));
        }
        expect(document.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href'), here).toBe(path);
      }
    }
  });

  it('list every page with its alternates in the sitemap', () => {
    const sitemap = readFileSync(join(SITE_WITH_URL, 'sitemap-0.xml'), 'utf8');
    for (const entry of OTHERS) {
      expect(sitemap).toContain(`hreflang="${entry.tag}"`);
      expect(sitemap).toContain(`/${entry.key}/years/2025/`);
    }
  });
});
