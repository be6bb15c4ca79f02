// Spanish readability: the Szigriszt-Pazos index (Flesch's reading ease adapted to Spanish) read on the INFLESZ
// scale, from counts of sentences, words and syllables. Syllables come from the Spanish hyphenation patterns of
// the `hyphen` package, with one correction: hyphenation keeps a hiatus in one piece ("po-li-cía"), so two strong
// vowels side by side, or an accented í or ú next to a vowel, count as two syllables.
import spanish from 'hyphen/es/index.js';
import { splitSentences, type TextCounts } from './readability.ts';

const SOFT_HYPHEN = '\u00AD';
const VOWELS = /[aeiouáéíóúü]+/gu;
const isStrong = (vowel: string) => /[aeoáéóíú]/u.test(vowel);

/** Returns the number of syllables of a Spanish word. */
export function spanishSyllables(word: string): number {
  const pieces = spanish.hyphenateSync(word.toLowerCase(), { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  return pieces.reduce((sum, piece) => {
    const groups = piece.match(VOWELS) ?? [];
    const hiatuses = groups.reduce((count, group) => {
      let splits = 0;
      for (let index = 1; index < group.length; index++) if (isStrong(group[index - 1] ?? '') && isStrong(group[index] ?? '')) splits++;
      return count + splits;
    }, 0);
    return sum + Math.max(1, groups.length + hiatuses);
  }, 0);
}

/** Returns the words of a Spanish sentence: runs of letters, and numbers. */
export const spanishWords = (sentence: string): string[] => sentence.match(/\d[\d.,\u00A0]*\d|\d|\p{L}+/gu) ?? [];

/**
 * Returns the counts of Spanish text. A number counts as one word of two syllables a digit, about as long as
 * Spanish says it ("cincuenta y siete" is six syllables for 57).
 */
export function countSpanish(blocks: string[]): TextCounts {
  const sentences = blocks.flatMap(splitSentences).map(spanishWords).filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllables = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 2 * word.replace(/\D/g, '').length : spanishSyllables(word)), 0);
  return { sentences: sentences.length, words: words.length, syllables };
}

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
