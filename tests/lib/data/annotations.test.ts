import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../../src/lib/data/issues.ts';

describe('GitHub annotations of data mistakes', () => {
  it('name the file, line and column, and escape what GitHub reads specially', () => {
    expect(githubAnnotation({ file: 'data/figures.csv', line: 7, column: 4, field: 'value', expected: 'expected a whole number ≥ 0', found: '1O' }, 'error'))
      .toBe('::error file=data/figures.csv,line=7,col=4::data/figures.csv:7:4 value: expected a whole number ≥ 0, found "1O"');
    expect(githubAnnotation({ file: 'data/a,b:c.csv', expected: 'expected 100% of it\nthen more' }, 'notice'))
      .toBe('::notice file=data/a%2Cb%3Ac.csv::data/a,b:c.csv: expected 100%25 of it<U+000A>then more');
  });
});
