import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/data/index.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

// How a CSV file is read: every record on one line, every papaparse error located, no row lost.

const figures = (name: string) => ({ 'figures.csv': `tests/fixtures/figures/${name}.csv` });

const rejected: [string, string, string[]][] = [
  // The quote on line 3 would otherwise run on to the next quote in the file and swallow line 4.
  ['a quote that is not closed, with the rows after it still read', 'unclosed-quote', [
    'figures.csv:3:6 note: expected a closing quote on the same line (a value cannot run on over several lines), found "\\"All 12 arrived by fax."',
    'figures.csv:5:4 value: expected a whole number ≥ 0, found "1O"',
  ]],
  ['a quote that is not closed on the last line, with no line ending', 'unclosed-quote-last-line', [
    'figures.csv:3:6 note: expected a closing quote on the same line (a value cannot run on over several lines), found "\\"All 12 arrived by fax."',
  ]],
  ['text after a closing quote', 'text-after-quote', [
    'figures.csv:3:6 note: expected a comma or the end of the line after a closing quote (a quote inside a quoted value is written ""), found "\\"All 12\\" by fax"',
  ]],
  ['a mistake in a file with old Mac line endings (CR only), on its own line', 'old-mac-cr-mistake', [
    'figures.csv:3:4 value: expected a whole number ≥ 0, found "1O"',
  ]],
  // Papa reads ` "…"` as an unquoted value, so the quote marks would be published.
  ['a space before a quoted value', 'space-before-quote', [
    'figures.csv:2:6 note: expected no space before an opening quote (remove it, or the quote marks become part of the text), found " \\"All 2 arrived by fax.\\""',
  ]],
  ['a space before a quoted value that holds a comma (the space is the mistake, not the field count)', 'space-before-quote-comma', [
    'figures.csv:2:6: expected no space before an opening quote (remove it, or the quote marks become part of the text), found " \\"All 2 arrived"',
  ]],
  ['the header row repeated in the body, once rather than once per column', 'header-repeated', [
    'figures.csv:3: expected a data row, found the header row again',
  ]],
];

describe('reading a CSV file', () => {
  it.each(rejected)('rejects %s', (_name, fixture, expected) => {
    expect(messagesFor(fixtureData(`parsing-${fixture}`, figures(fixture)))).toEqual(expected);
  });

  const accepted = (fixture: string) => {
    const { data, issues } = validateData({ dataDir: fixtureData(`parsing-${fixture}`, figures(fixture)), today: TODAY });
    expect(issues).toEqual([]);
    return data?.figures.map((figure) => [figure.year, figure.value, figure.note]);
  };

  it('accepts one bare LF in a CR LF file: all three rows, none swallowed into a note', () => {
    expect(accepted('bare-lf-in-crlf')).toEqual([[2021, 2, 'By fax'], [2022, 12, 'By fax'], [2023, 19, 'By fax']]);
  });
  it('accepts old Mac line endings (CR only)', () => {
    expect(accepted('old-mac-cr')).toEqual([[2021, 2, 'By fax, not by email'], [2022, 12, null]]);
  });
  it('accepts a value of spaces only as empty: not reported', () => {
    expect(accepted('whitespace-only-value')).toEqual([[2021, null, 'The source gives no figure.']]);
  });
  it('accepts a line of nothing but commas as blank', () => {
    const dir = fixtureData('parsing-commas-only', { 'figures.csv': { text: 'year,measure,reported_by,value,source_id,note\n,,,,,\n2021,detainer_requests,BPD,2,bpd-statement-2024,\n' } });
    expect(messagesFor(dir)).toEqual([]);
  });
  it.each([['semicolons', ';'], ['tabs', '\t']])('reports a file separated by %s once, not once per column', (name, separator) => {
    const text = `${['year', 'measure', 'reported_by', 'value', 'source_id', 'note'].join(separator)}\n2021${separator}detainer_requests${separator}BPD${separator}2${separator}bpd-statement-2024${separator}\n`;
    const shown = separator === '\t' ? '<U+0009>' : separator;
    expect(messagesFor(fixtureData(`parsing-separated-by-${name}`, { 'figures.csv': { text } }))).toEqual([
      `figures.csv:1 header: expected the columns separated by commas, not by ${name}, found "${['year', 'measure', 'reported_by', 'value', 'source_id', 'note'].join(shown)}"`,
    ]);
  });
  it('reports a quote left open in the header row, and nothing about its columns', () => {
    const dir = fixtureData('parsing-header-quote', { 'figures.csv': { text: 'year,"measure,reported_by,value,source_id,note\n2021,detainer_requests,BPD,2,bpd-statement-2024,\n' } });
    expect(messagesFor(dir)).toEqual([
      'figures.csv:1:2 header: expected a closing quote on the same line (a value cannot run on over several lines), found "\\"measure,reported_by,value,source_id,note"',
    ]);
  });
});
