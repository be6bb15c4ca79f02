// What the site needs to know about the scripts its languages are written in.

/**
 * Characters of scripts written without spaces between words (Chinese, and Japanese should it come): a word
 * in them has no word boundary to look for, and a sentence ends at "。", "！" or "？" with no space after it.
 */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Full stops and their kin that end a sentence in a script written without spaces. */
export const UNSPACED_SENTENCE_END = /[。！？]/u;

/**
 * A letter or digit of a script written with spaces (a pattern for the `v` flag): what makes up a word that
 * spaces delimit, and what may not touch a whole word. A Chinese character is no part of such a word.
 */
export const SPACED_WORD_CHARACTER = `[[\\p{L}\\p{N}]--${UNSPACED.source}]`;

/** Returns whether a character is of a script written without spaces. */
export const isUnspaced = (character: string | undefined): boolean => character !== undefined && UNSPACED.test(character);
