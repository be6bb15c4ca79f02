// Citations of a page in the styles council staff and newsrooms use. Only what is known goes in: the site
// is the author, the page's updated date is the date; the access date is left for the reader to fill in.
// The plain sentence and APA are written in the page's language (APA defines its wording in other languages);
// MLA, Chicago, BibTeX and CSL-JSON keep the English wording their styles define.
import type { DataPackage } from './catalog/types.ts';
import { formatDate, formatDayAndMonth } from './format.ts';
import { DEFAULT_LOCALE, translate, useStrings, type Locale } from './i18n/index.ts';
import { publicUrl, releasePath } from './urls.ts';

/** What a citation is made of. */
export interface CitedPage {
  title: string;
  siteName: string;
  /** The page's canonical URL (absolute when the site's address is configured). */
  url: string;
  /** The date the page's content was last updated, YYYY-MM-DD. */
  updated: string;
}

/** A piece of a citation: text, set in italics where the style asks for it. */
export interface Segment {
  text: string;
  isItalic?: boolean;
}

export interface Citation {
  style: 'plain' | 'apa' | 'mla' | 'chicago-note' | 'chicago-bibliography' | 'bibtex' | 'csl-json';
  segments: Segment[];
}


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function dateParts(updated: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(updated);
  if (!match) throw new Error(`Expected an updated date as YYYY-MM-DD, found "${updated}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const plain = (text: string): Segment => ({ text });
const italic = (text: string): Segment => ({ text, isItalic: true });
// LaTeX's special characters in text. Braces become \textbraceleft/right, not \{ \}: BibTeX counts every brace,
// escaped or not, so a lone \{ would leave the entry unbalanced. ~ and ^ would otherwise be a space and an error.
const LATEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
};
/** Returns text with LaTeX's special characters written as commands. */
const bibtexText = (text: string) => text.replace(/[\\{}~^&%$#_]/g, (character) => LATEX_TEXT[character] ?? character);
// \url (from the url or hyperref package, which the reader's document must load) reads its argument as it is
// written, so a URL is not escaped like text: % # & ~ ^ _ $ print as themselves (tried with pdflatex and either
// package). Only braces (BibTeX counts them, and \url would end at the first }), backslashes and spaces (which \url
// drops) are percent-encoded: RFC 3986 allows them in a URI in no other form.
/** Returns the URL as it may stand in a BibTeX field and in \url{}. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/g, (character) => encodeURIComponent(character));
// BibTeX's month macros: the standard styles print them as the month's name (plain: "November", abbrv: "Nov.").
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Returns the page's citation in each style: a plain sentence, APA 7, MLA 9, Chicago notes and bibliography, BibTeX and CSL-JSON. */
export function citePage(page: CitedPage, locale: Locale = 'en'): Citation[] {
  const [year, month, day] = dateParts(page.updated);
  const localDate = formatDate(page.updated, locale);
  const apaDate = formatDayAndMonth(page.updated, locale);
  // A placeholder for the reader to fill in: the site cannot know when someone reads it. MLA keeps its English wording.
  const accessDate = translate(locale, 'cite.accessDate');
  const englishAccessDate = translate(DEFAULT_LOCALE, 'cite.accessDate');
  const monthName = MONTHS[month - 1] ?? '';
  const longDate = `${monthName} ${day}, ${year}`;
  const key = `${page.siteName}-${page.url.replace(/^https?:\/\//, '')}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const csl = {
    id: key,
    type: 'webpage',
    title: page.title,
    'container-title': page.siteName,
    author: [{ literal: page.siteName }],
    issued: { 'date-parts': [[year, month, day]] },
    URL: page.url,
  };
  return [
    { style: 'plain', segments: [plain(translate(locale, 'cite.plainSentence', { site: page.siteName, title: page.title, date: localDate, url: page.url }))] },
    {
      style: 'apa',
      segments: [plain(`${page.siteName}. (${year}, ${apaDate}). `), italic(page.title), plain(`. ${translate(locale, 'cite.apaRetrieved', { date: accessDate, url: page.url })}`)],
    },
    {
      style: 'mla',
      segments: [plain(`“${page.title}.” `), italic(page.siteName), plain(`, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${page.url.replace(/^https?:\/\//, '')}. Accessed ${englishAccessDate}.`)],
    },
    { style: 'chicago-note', segments: [plain(`${page.siteName}, “${page.title},” last modified ${longDate}, ${page.url}.`)] },
    { style: 'chicago-bibliography', segments: [plain(`${page.siteName}. “${page.title}.” Last modified ${longDate}. ${page.url}.`)] },
    {
      style: 'bibtex',
      segments: [plain([
        `@misc{${key},`,
        `  author = {{${bibtexText(page.siteName)}}},`,
        // The styles lower-case a title but for its first letter and what is in braces. The site's titles are already
        // in the case their language wants, and which word is a proper noun or an acronym (ICE, Boston)
        // cannot be told in seven languages, so the whole title is braced: printed as written, in every language.
        `  title = {{${bibtexText(page.title)}}},`,
        // The standard styles print no url field; howpublished they print. url stays for biblatex and natbib styles.
        `  howpublished = {\\url{${bibtexUrl(page.url)}}},`,
        `  year = {${year}},`,
        `  month = ${BIBTEX_MONTHS[month - 1]},`,
        `  note = {Last updated ${page.updated}},`,
        `  url = {${bibtexUrl(page.url)}}`,
        '}',
      ].join('\n'))],
    },
    { style: 'csl-json', segments: [plain(JSON.stringify(csl, null, 2))] },
  ];
}

/** Returns how to cite one release: who, what, which version and when, and the address of its frozen files. */
export function citationOf(pkg: Pick<DataPackage, 'creator' | 'title'>, release: { version: string; date: string }, site: URL | undefined, locale: Locale) {
  const t = useStrings(locale);
  return {
    text: t('catalog.cite.text', { creator: pkg.creator, title: pkg.title, version: release.version, date: formatDate(release.date, locale) }),
    url: publicUrl(releasePath(release.version), site),
  };
}
