import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { agencyRatios, countsFromShares } from '../../src/lib/stats.ts';
import { TODAY } from '../helpers/fixture-data.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]);

/** Returns the text of every string and template literal in TypeScript code, found by TypeScript's own parser. */
function literalsOf(code: string): string[] {
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true));
  return texts;
}

/**
 * Returns the text a reader could see from a source file: string literals, and an .astro file's markup
 * outside {expressions}. Code (sizes, offsets) and comments are left out: a figure would be typed as text.
 */
function readableText(file: string, code: string): string {
  if (!file.endsWith('.astro')) return literalsOf(code).join('\n');
  const [, frontmatter = '', markup = ''] = code.split(/^---$/m);
  let text = markup.replace(/<!--[\s\S]*?-->/g, '');
  // Expressions nest ({list.map((x) => <li>{x}</li>)}): strip the innermost until none is left.
  for (let before = ''; before !== text; ) [before, text] = [text, text.replace(/\{[^{}]*\}/g, ' ')];
  return [...literalsOf(frontmatter), text].join('\n');
}

describe('src/', () => {
  const data = loadData({ dataDir: 'data', today: TODAY });
  // Single digits are too common in words and markup to tell apart from figures.
  const figures = [
    ...data.figures.map((figure) => figure.value),
    ...countsFromShares(data).map((count) => count.value),
    ...agencyRatios(data).map((ratio) => ratio.value),
  ].filter((value): value is number => value !== null && value >= 10);
  const pattern = (value: number) => new RegExp(`(?<![\\w.#-])${String(value).replace('.', '\\.')}(?![\\w.]|%?\\s*(?:rem|px|em)\\b)`);

  it('types in no figure from data/ and no figure derived from it', () => {
    expect(figures).toContain(198);
    const found = filesUnder('src').flatMap((file) => {
      const text = readableText(file, readFileSync(file, 'utf8'));
      return figures.filter((value) => pattern(value).test(text)).map((value) => `${file}: ${value}`);
    });
    expect(found).toEqual([]);
  });

  it('would notice a figure typed into a string or into markup', () => {
    expect(readableText('a.ts', "const s = 'up from 15 in 2024';")).toMatch(pattern(15));
    expect(readableText('a.astro', '---\nconst x = 1;\n---\n<p>ICE says 198</p>')).toMatch(pattern(198));
    expect(readableText('a.ts', 'const SIZE = 12; // 12 px')).not.toMatch(pattern(12));
  });
});
