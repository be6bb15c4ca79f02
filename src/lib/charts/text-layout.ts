// Text measured and wrapped without a browser, for chart layout at build time: in every script the site is
// written in. Estimates, made generous, because a label that is clipped is worse than a margin a little wide.
import LineBreaker from 'linebreak';

/** Characters drawn about one em wide: Chinese (and Japanese and Korean) characters and full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Marks drawn over or under the letter before them (Vietnamese tones when text is not precomposed). */
const COMBINING = /\p{M}/u;
/** The average width of a Latin, Greek or Cyrillic letter, digit or space, in em, for a system sans-serif. */
const NARROW_EM = 0.56;
const BOLD = 1.08;

/** Returns an approximate width in pixels of a text at a font size, for layout decisions only. */
export function textWidth(text: string, size: number, options: { bold?: boolean } = {}): number {
  let ems = 0;
  for (const character of text.normalize('NFC')) ems += COMBINING.test(character) ? 0 : WIDE.test(character) ? 1 : NARROW_EM;
  return ems * size * (options.bold ? BOLD : 1);
}

/**
 * Returns the text cut into lines that fit `width` at `size`. Lines break where Unicode's line-breaking rules
 * (UAX #14, the `linebreak` package) allow: between words, and between Chinese characters but not before a
 * closing mark such as "，" or "。". A piece wider than the whole line stays whole on its own line.
 */
export function wrapText(text: string, width: number, size: number, options: { bold?: boolean } = {}): string[] {
  const lines: string[] = [];
  const source = text.replace(/\s+/g, ' ').trim();
  const breaker = new LineBreaker(source);
  let line = '';
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const piece = source.slice(last, next.position);
    last = next.position;
    const candidate = line + piece;
    if (line && textWidth(candidate.trimEnd(), size, options) > width) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
