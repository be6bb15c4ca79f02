import type { Locale } from './i18n/locales.ts';
import { countText, fleschKincaidGrade } from './readability.ts';
import { countSpanish, inflesz, szigrisztPazos } from './readability-es.ts';
import { charactersPerSentence, wordsPerSentence } from './readability-length.ts';
import { countPortuguese, fleschMartins } from './readability-pt.ts';

/** How the explainers of a language are measured for readability, and the bar they must clear. */
export interface ReadabilityMeasure {
  name: string;
  /** Returns the score of a page's prose, given as its blocks of text (title, summary, paragraphs, list items). */
  score: (blocks: string[]) => number;
  /** Returns whether a score clears the bar. */
  isEasyEnough: (score: number) => boolean;
  bar: string;
}

// One measure per language, each made for it: Flesch–Kincaid for English, Szigriszt-Pazos on the INFLESZ
// scale for Spanish, Flesch–Martins for Portuguese; for Chinese, Vietnamese and Haitian Creole, where those
// formulas do not apply or none is established, average sentence length (readability-length.ts), with bars set
// to about the English pages' own sentence length in each language's unit. A language added without a measure
// stops its readability test until one is added here.
export const READABILITY: Partial<Record<string, ReadabilityMeasure>> = {
  en: { name: 'Flesch–Kincaid grade', score: (blocks) => fleschKincaidGrade(countText(blocks)), isEasyEnough: (score) => score <= 8, bar: 'grade 8 or lower' },
  es: {
    name: 'Szigriszt-Pazos (INFLESZ)',
    score: (blocks) => szigrisztPazos(countSpanish(blocks)),
    isEasyEnough: (score) => ['normal', 'bastante fácil', 'muy fácil'].includes(inflesz(score)),
    bar: '55 or more ("normal" or easier)',
  },
  ht: { name: 'words per sentence', score: wordsPerSentence, isEasyEnough: (score) => score <= 20, bar: '20 or fewer on average' },
  'zh-hans': { name: 'characters per sentence', score: charactersPerSentence, isEasyEnough: (score) => score <= 35, bar: '35 or fewer on average' },
  'zh-hant': { name: 'characters per sentence', score: charactersPerSentence, isEasyEnough: (score) => score <= 35, bar: '35 or fewer on average' },
  vi: { name: 'syllables per sentence', score: wordsPerSentence, isEasyEnough: (score) => score <= 30, bar: '30 or fewer on average' },
  'pt-br': { name: 'Flesch reading ease for Portuguese (Martins et al. 1996)', score: (blocks) => fleschMartins(countPortuguese(blocks)), isEasyEnough: (score) => score >= 50, bar: '50 or more ("easy" or easier)' },
};
