import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/lib/charts/palette.ts';

/** Returns the WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('chart colours', () => {
  it.each(['light', 'dark'] as const)('in %s mode: marks at 3:1 or more, text at 4.5:1 or more', (mode) => {
    const colours = PALETTE[mode];
    expect(contrast(colours.bar, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.highlight, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.muted, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('are the ones the page’s stylesheet uses', () => {
    const css = readFileSync('src/styles/site.css', 'utf8');
    expect(css).toContain(`:root { --chart-bar: ${PALETTE.light.bar}; --chart-highlight: ${PALETTE.light.highlight}; }`);
    expect(css).toContain(`:root { --chart-bar: ${PALETTE.dark.bar}; --chart-highlight: ${PALETTE.dark.highlight}; }`);
    for (const mode of ['light', 'dark'] as const) {
      expect(css).toContain(`--bg: ${PALETTE[mode].background};`);
      expect(css).toContain(`--muted: ${PALETTE[mode].muted};`);
    }
  });

  it('would fail a colour too pale to see', () => {
    expect(contrast('#d0d8e0', '#ffffff')).toBeLessThan(3);
  });
});
