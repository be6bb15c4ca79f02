// Portuguese readability: Flesch's reading ease as adapted to Brazilian Portuguese by Martins et al. (1996),
// 248.835 − 1.015 × words per sentence − 84.6 × syllables per word, from counts made as for Spanish
// (readability-romance.ts) with the Portuguese hyphenation patterns. 75–100 is "very easy", 50–75 "easy",
// 25–50 "difficult", below 25 "very difficult". A nasal vowel (ã, õ) starts a diphthong ("ão"), not a hiatus.
import portuguese from 'hyphen/pt/index.js';
import type { TextCounts } from './readability.ts';
import { countRomance, syllableCounter } from './readability-romance.ts';

/** Returns the number of syllables of a Portuguese word. */
export const portugueseSyllables = syllableCounter(portuguese, { all: /[aeiouáéíóúâêôãõàü]+/gu, strong: /[aeoáéóíúâêô]/u });

/** Returns the counts of Portuguese text. */
export const countPortuguese = (blocks: string[]): TextCounts => countRomance(blocks, portugueseSyllables);

/** Returns the Flesch reading ease for Portuguese (Martins et al. 1996). */
export const fleschMartins = ({ sentences, words, syllables }: TextCounts) => 248.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
