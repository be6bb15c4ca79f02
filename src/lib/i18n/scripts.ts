// What the site needs to know about the scripts its languages are written in.

/**
 * Characters of scripts written without spaces between words (Chinese, and Japanese should it come): a word
 * in them has no word boundary to look for, and a sentence ends at "。", "！" or "？" with no space after it.
 */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Full stops and their kin that end a sentence in a script written without spaces. */
export const UNSPACED_SENTENCE_END = /[。！？]/u;

/** Returns whether a character is of a script written without spaces. */
export const isUnspaced = (character: string | undefined): boolean => character !== undefined && UNSPACED.test(character);
