import { UNSPACED } from './i18n/scripts.ts';

/**
 * Returns whether the images drawn at build time (social cards, charts' PNG files) can draw the texts. They are
 * drawn by sharp with the building machine's fonts, in DejaVu Sans where it has it, which has no Chinese
 * characters; what a machine draws instead depends on the fonts it happens to have (empty boxes on most
 * servers). So text in Chinese gets no such image rather than a broken one, or one that differs from machine
 * to machine: its pages have no social card, and its charts come as SVG (drawn by the reader's own browser)
 * and CSV.
 */
export const canRasterize = (texts: string[]): boolean => !texts.some((text) => UNSPACED.test(text));
