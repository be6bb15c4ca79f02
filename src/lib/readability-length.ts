// Readability as average sentence length, for languages that have no reading-ease formula made for them that
// the site could apply (Haitian Creole), or to which syllable formulas do not apply (Chinese, whose characters
// are each a syllable and whose words have no spaces between them; Vietnamese, which writes each syllable as a
// word). Sentence length is the part of every such formula that plain-language guidance works on.
import { splitSentences } from './readability.ts';
import { isUnspaced, SPACED_WORD_CHARACTER, UNSPACED_SENTENCE_END } from './i18n/scripts.ts';

const average = (lengths: number[]) => {
  if (lengths.length === 0) throw new Error('No text to score');
  return lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
};

/** Returns the words of a sentence written with spaces: runs of letters (with an apostrophe inside: m'ap), and numbers. */
export const spacedWords = (sentence: string): string[] => sentence.match(/\p{L}+(?:['’]\p{L}+)*|\d(?:[\d.,\u00A0\u202F]*\d)?/gu) ?? [];

/** Returns the average number of words per sentence (for Vietnamese, a word is a syllable). */
export const wordsPerSentence = (blocks: string[]): number =>
  average(blocks.flatMap(splitSentences).map((sentence) => spacedWords(sentence).length).filter((length) => length > 0));

/** Returns the sentences of a block of Chinese: each ends at 。, ！ or ？ (or where the block ends). */
export const chineseSentences = (block: string): string[] =>
  block.split(new RegExp(`(?<=${UNSPACED_SENTENCE_END.source})`, 'u')).map((sentence) => sentence.trim()).filter(Boolean);

/** Returns the length of a Chinese sentence in characters: each Chinese character, and each run of Latin letters or digits ("ICE", "57"), counts one. */
export const chineseLength = (sentence: string): number =>
  [...sentence].filter(isUnspaced).length + (sentence.match(new RegExp(`${SPACED_WORD_CHARACTER}+`, 'gv')) ?? []).length;

/** Returns the average length of the sentences of Chinese text, in characters. */
export const charactersPerSentence = (blocks: string[]): number =>
  average(blocks.flatMap(chineseSentences).map(chineseLength).filter((length) => length > 0));
