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
/** Escapes the characters BibTeX treats as commands or groups. */
const bibtexText = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1');

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
        `  title = {${bibtexText(page.title)}},`,
        `  year = {${year}},`,
        `  month = {${month}},`,
        `  note = {Last updated ${page.updated}},`,
        `  url = {${page.url}}`,
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
