// Counting syllables in Spanish and Portuguese, for their reading-ease formulas: from the language's hyphenation
// patterns (the `hyphen` package), with one correction, since hyphenation keeps a hiatus in one piece
// ("po-li-cía"): two strong vowels side by side, or an accented í or ú next to a vowel, count as two syllables.
import { splitSentences, type TextCounts } from './readability.ts';

const SOFT_HYPHEN = '\u00AD';

/** The hyphenation patterns of one language, as the `hyphen` package exports them. */
export interface Hyphenator {
  hyphenateSync(text: string, options: { hyphenChar: string }): string;
}

/** The vowels of a language and which of them are strong (a, e, o, and the accented í and ú). */
export interface Vowels {
  all: RegExp;
  strong: RegExp;
}

/** Returns a function that counts the syllables of a word of the language. */
export function syllableCounter(hyphenator: Hyphenator, vowels: Vowels): (word: string) => number {
  return (word) => {
    const pieces = hyphenator.hyphenateSync(word.toLowerCase(), { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
    return pieces.reduce((sum, piece) => {
      const groups = piece.match(vowels.all) ?? [];
      const hiatuses = groups.reduce((count, group) => {
        let splits = 0;
        for (let index = 1; index < group.length; index++) if (vowels.strong.test(group[index - 1] ?? '') && vowels.strong.test(group[index] ?? '')) splits++;
        return count + splits;
      }, 0);
      return sum + Math.max(1, groups.length + hiatuses);
    }, 0);
  };
}

/** Returns the words of a sentence: runs of letters, and numbers. */
export const romanceWords = (sentence: string): string[] => sentence.match(/\d[\d.,\u00A0]*\d|\d|\p{L}+/gu) ?? [];

/**
 * Returns the counts of a text. A number counts as one word of two syllables a digit, about as long as Spanish
 * and Portuguese say it ("cincuenta y siete", "cinquenta e sete": six and five syllables for 57).
 */
export function countRomance(blocks: string[], syllables: (word: string) => number): TextCounts {
  const sentences = blocks.flatMap(splitSentences).map(romanceWords).filter((words) => words.length > 0);
  const words = sentences.flat();
  const total = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 2 * word.replace(/\D/g, '').length : syllables(word)), 0);
  return { sentences: sentences.length, words: words.length, syllables: total };
}
