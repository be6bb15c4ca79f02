// Spanish readability: the Szigriszt-Pazos index (Flesch's reading ease adapted to Spanish) read on the INFLESZ
// scale, from counts of sentences, words and syllables (readability-romance.ts).
import spanish from 'hyphen/es/index.js';
import type { TextCounts } from './readability.ts';
import { countRomance, syllableCounter } from './readability-romance.ts';

/** Returns the number of syllables of a Spanish word. */
export const spanishSyllables = syllableCounter(spanish, { all: /[aeiouáéíóúü]+/gu, strong: /[aeoáéóíú]/u });

/** Returns the counts of Spanish text. */
export const countSpanish = (blocks: string[]): TextCounts => countRomance(blocks, spanishSyllables);

/** Returns the Szigriszt-Pazos index: 206.835 − 62.3 × syllables per word − words per sentence. */
export const szigrisztPazos = ({ sentences, words, syllables }: TextCounts) => 206.835 - 62.3 * (syllables / words) - words / sentences;

/** Returns the INFLESZ band of a Szigriszt-Pazos index: 55 to 65 is "normal", above is easier. */
export function inflesz(score: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil' {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}
