import { localeEntry, type Locale, type ReadabilityMeasureName } from './i18n/locales.ts';
import { countText, fleschKincaidGrade } from './readability.ts';
import { countSpanish, szigrisztPazos } from './readability-es.ts';
import { charactersPerSentence, wordsPerSentence } from './readability-length.ts';
import { countPortuguese, fleschMartins } from './readability-pt.ts';

/** A readability measure: its score of a page's prose, given as its blocks of text (title, summary, paragraphs, list items). */
interface Measure {
  name: string;
  score: (blocks: string[]) => number;
  /** Whether easier text scores lower (a grade, a length) or higher (a reading ease). */
  easier: 'lower' | 'higher';
}

// Each measure made for a language: Flesch–Kincaid for English, Szigriszt-Pazos (read on the INFLESZ scale, where
// 55 is "normal") for Spanish, Flesch–Martins for Portuguese. Where no formula applies (Chinese, whose
// characters are each a syllable, and Vietnamese, which writes each syllable as a word) or none is established
// (Haitian Creole, Cabo Verdean Creole), average sentence length (readability-length.ts). Each language names
// its measure and bar in src/lib/i18n/locales.ts.
const MEASURES: Record<ReadabilityMeasureName, Measure> = {
  'flesch-kincaid-grade': { name: 'Flesch–Kincaid grade', score: (blocks) => fleschKincaidGrade(countText(blocks)), easier: 'lower' },
  'szigriszt-pazos': { name: 'Szigriszt-Pazos (INFLESZ)', score: (blocks) => szigrisztPazos(countSpanish(blocks)), easier: 'higher' },
  'flesch-martins': { name: 'Flesch reading ease for Portuguese (Martins et al. 1996)', score: (blocks) => fleschMartins(countPortuguese(blocks)), easier: 'higher' },
  'words-per-sentence': { name: 'words per sentence (in Vietnamese, syllables)', score: wordsPerSentence, easier: 'lower' },
  'characters-per-sentence': { name: 'characters per sentence', score: charactersPerSentence, easier: 'lower' },
};

/** How the prose of a language is measured for readability, and the bar it must clear. */
export interface Readability {
  name: string;
  score: (blocks: string[]) => number;
  isEasyEnough: (score: number) => boolean;
  bar: string;
}

/** Returns the readability measure of a language and its bar, from its entry in src/lib/i18n/locales.ts. */
export function readabilityOf(locale: Locale): Readability {
  const { measure, bar } = localeEntry(locale).readability;
  const { name, score, easier } = MEASURES[measure];
  return {
    name,
    score,
    isEasyEnough: (value) => (easier === 'lower' ? value <= bar : value >= bar),
    bar: `${easier === 'lower' ? 'at most' : 'at least'} ${bar}`,
  };
}
