import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { countsFromShares, agencyRatios } from '../../src/lib/stats.ts';
import { TODAY } from '../helpers/fixture-data.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]);

describe('src/', () => {
  it('types in no figure from data/ and no figure derived from it', () => {
    const data = loadData({ dataDir: 'data', today: TODAY });
    // Single digits are too common in code (indexes, sizes) to tell apart from figures.
    const figures = [
      ...data.figures.map((figure) => figure.value),
      ...countsFromShares(data).map((count) => count.value),
      ...agencyRatios(data).map((ratio) => ratio.value),
    ].filter((value): value is number => value !== null && value >= 10);
    expect(figures).toContain(198);
    const found = filesUnder('src').flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return figures
        .filter((value) => new RegExp(`(?<![\\w.#-])${String(value).replace('.', '\\.')}(?![\\w.%]|rem|px)`).test(code))
        .map((value) => `${file}: ${value}`);
    });
    expect(found).toEqual([]);
  });
});
