import type { Locale } from './i18n/locales.ts';
import { countText, fleschKincaidGrade } from './readability.ts';
import { countSpanish, inflesz, szigrisztPazos } from './readability-es.ts';

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
// scale for Spanish. A language added without one stops its readability test until one is added here.
export const READABILITY: Partial<Record<Locale, ReadabilityMeasure>> = {
  en: { name: 'Flesch–Kincaid grade', score: (blocks) => fleschKincaidGrade(countText(blocks)), isEasyEnough: (score) => score <= 8, bar: 'grade 8 or lower' },
  es: {
    name: 'Szigriszt-Pazos (INFLESZ)',
    score: (blocks) => szigrisztPazos(countSpanish(blocks)),
    isEasyEnough: (score) => ['normal', 'bastante fácil', 'muy fácil'].includes(inflesz(score)),
    bar: '55 or more ("normal" or easier)',
  },
};
