import { describe, expect, it } from 'vitest';
import { canRasterize } from '../../src/lib/raster-text.ts';

describe('images drawn at build time', () => {
  it('draw Latin-script text, Vietnamese and Haitian Creole included, but not Chinese', () => {
    expect(canRasterize(['Boston Detainer Data', 'Tiếng Việt: yêu cầu giam giữ', 'Kreyòl ayisyen'])).toBe(true);
    expect(canRasterize(['Boston Detainer Data', '波士顿警察局'])).toBe(false);
    expect(canRasterize(['繁體中文'])).toBe(false);
  });
});
