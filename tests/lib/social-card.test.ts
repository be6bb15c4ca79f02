import { describe, expect, it } from 'vitest';
import { canDrawCard } from '../../src/lib/social-card.ts';

describe('social cards', () => {
  it('are drawn for Latin-script text, Vietnamese and Haitian Creole included, but not for Chinese', () => {
    expect(canDrawCard(['Boston Detainer Data', 'Tiếng Việt: yêu cầu giam giữ', 'Kreyòl ayisyen'])).toBe(true);
    expect(canDrawCard(['Boston Detainer Data', '波士顿警察局'])).toBe(false);
    expect(canDrawCard(['繁體中文'])).toBe(false);
  });
});
