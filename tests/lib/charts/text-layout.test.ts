import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/charts/text-layout.ts';

describe('textWidth', () => {
  it('counts a Chinese character about one em wide, nearly twice a Latin letter', () => {
    expect(textWidth('未报告', 14)).toBeCloseTo(42);
    expect(textWidth('abc', 14)).toBeLessThan(textWidth('未报告', 14) / 1.5);
  });

  it('gives a Vietnamese word the same width whether its marks are precomposed or combining', () => {
    expect(textWidth('Tiếng Việt', 14)).toBe(textWidth('Tiếng Việt'.normalize('NFD'), 14));
  });

  it('makes bold text wider', () => {
    expect(textWidth('1,234', 14, { bold: true })).toBeGreaterThan(textWidth('1,234', 14));
  });
});

describe('wrapText', () => {
  it('breaks Latin text between words, each line within the width', () => {
    const lines = wrapText('Received, according to the Boston Police Department, in the year it reports', 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Received, according to the Boston Police Department, in the year it reports');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
  });

  it('breaks Chinese text between characters, never before a closing mark', () => {
    const text = '波士顿警察局说，它在这一年收到的拘留请求比前一年多。这是本站计算的数字。';
    const lines = wrapText(text, 140, 14);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(textWidth(line, 14)).toBeLessThanOrEqual(140);
      expect(line).not.toMatch(/^[，。、：；！？）」]/);
    }
  });

  it('keeps a piece longer than the line whole rather than cutting it', () => {
    expect(wrapText('https://example.org/a/very/long/address/that/does/not/fit', 60, 14)[0]).toMatch(/^https:/);
  });
});
