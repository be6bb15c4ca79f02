import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/index.ts';
import { fixtureData, messagesFor } from '../../helpers/fixture-data.ts';

// Invisible and control characters: refused in every cell of every file, and shown as <U+…> in every message.

const rejected: [string, Record<string, string>, string[]][] = [
  ['a zero-width space inside a count, which reads as 19', { 'figures.csv': 'figures/zero-width-space' }, [
    'figures.csv:2:4 value: expected no invisible or control characters (U+200B at character 2), found "1<U+200B>9"',
  ]],
  ['a right-to-left override and its pop in a note', { 'figures.csv': 'figures/bidi-override' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+202E at character 10, U+202C at character 13), found "Received <U+202E>51<U+202C> by fax"',
  ]],
  ['NUL, vertical tab and form feed', { 'figures.csv': 'figures/nul-vt-ff' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+0000 at character 2), found "a<U+0000>b"',
    'figures.csv:3:6 note: expected no invisible or control characters (U+000B at character 2), found "c<U+000B>d"',
    'figures.csv:4:6 note: expected no invisible or control characters (U+000C at character 2), found "e<U+000C>f"',
  ]],
  ['a byte-order mark that is not at the start of the file', { 'figures.csv': 'figures/bom-in-middle' }, [
    'figures.csv:3:1 year: expected no invisible or control characters (U+FEFF at character 1), found "<U+FEFF>2022"',
  ]],
  ['a soft hyphen, a word joiner and a C1 control (next line)', { 'figures.csv': 'figures/soft-hyphen-word-joiner' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+00AD at character 4), found "fac<U+00AD>simile"',
    'figures.csv:3:6 note: expected no invisible or control characters (U+2060 at character 5), found "word<U+2060>joiner"',
    'figures.csv:4:6 note: expected no invisible or control characters (U+0085 at character 5), found "next<U+0085>line"',
  ]],
  ['zero-width joiners and directional isolates, in an id and a note', { 'figures.csv': 'figures/zero-width-joiners' }, [
    'figures.csv:2:5 source_id: expected no invisible or control characters (U+200D at character 14), found "bpd-statement<U+200D>-2024"',
    'figures.csv:2:6 note: expected no invisible or control characters (U+200C at character 2, U+2066 at character 4, U+2069 at character 6), found "a<U+200C>b<U+2066>c<U+2069>"',
  ]],
  ['a tab inside a note', { 'figures.csv': 'figures/tab-in-note' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+0009 at character 3), found "By<U+0009>fax"',
  ]],
  ['a header name with an invisible character, once (not also as a missing column)', { 'figures.csv': 'figures/header-invisible' }, [
    'figures.csv:1:4 header: expected no invisible or control characters (U+200B at character 6), found "value<U+200B>"',
  ]],
  ['a line that holds nothing but an invisible character', { 'figures.csv': 'figures/blank-invisible-line' }, [
    'figures.csv:3:1: expected no invisible or control characters (U+200B at character 1), found "<U+200B>"',
  ]],
  ['an invisible character in another file (a no-break space is accepted)', { 'agencies.csv': 'other/agencies-invisible-name' }, [
    'agencies.csv:3:2 name: expected no invisible or control characters (U+200B at character 29), found "U.S. Immigration and Customs<U+200B> Enforcement"',
  ]],
  ['a count with a no-break space, shown as one in the message', { 'figures.csv': 'figures/no-break-space-value' }, [
    'figures.csv:2:4 value: expected a whole number ≥ 0, found "1<U+00A0>9"',
  ]],
];

describe('invisible and control characters in data/', () => {
  it.each(rejected)('rejects %s', (name, replace, expected) => {
    const files = Object.fromEntries(Object.entries(replace).map(([file, fixture]) => [file, `tests/fixtures/${fixture}.csv`]));
    expect(messagesFor(fixtureData(`characters-${name.replaceAll(/\W+/g, '-')}`, files))).toEqual(expected);
  });
});

describe('formatIssue', () => {
  it('shows every invisible or control character, and unusual spaces, by its code', () => {
    const issue = { file: 'f.csv', line: 2, column: 6, field: 'note', expected: 'expected text', found: '\u200B\u00AD\u202E\u2066\uFEFF\u0000\t\n\u00A0 end' };
    expect(formatIssue(issue)).toBe('f.csv:2:6 note: expected text, found "<U+200B><U+00AD><U+202E><U+2066><U+FEFF><U+0000><U+0009><U+000A><U+00A0> end"');
  });

  it('shows them in a shortened long value too, and in every part of the message', () => {
    const issue = { file: 'f\u200B.csv', line: 2, expected: 'expected \u2060x', found: `${'x'.repeat(59)}\u200B${'y'.repeat(10)}` };
    expect(formatIssue(issue)).toBe(`f<U+200B>.csv:2: expected <U+2060>x, found "${'x'.repeat(59)}<U+200B>…" (70 characters)`);
  });
});
