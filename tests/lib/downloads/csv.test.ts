import Papa from 'papaparse';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/lib/catalog/types.ts';
import { formatCsv } from '../../../src/lib/downloads/csv.ts';

const column = (name: string, type: Column['type'] = 'string'): Column => ({ name, type, unit: null, description: '', constraints: {} });
const columns = [column('year', 'year'), column('value', 'number'), column('derived', 'boolean'), column('note')];

describe('formatCsv', () => {
  it('writes a header row and ends every record with CR LF, the last one included', () => {
    const csv = formatCsv(columns, [
      { year: 2021, value: 2, derived: false, note: null },
      { year: 2022, value: 13.2, derived: true, note: 'plain' },
    ]);
    expect(csv).toBe('year,value,derived,note\r\n2021,2,false,\r\n2022,13.2,true,plain\r\n');
  });

  it('quotes only what RFC 4180 needs quoted, doubling quotes inside', () => {
    const csv = formatCsv([column('note')], [{ note: 'By fax, not by email' }, { note: 'He said "two"' }, { note: 'Two lines\nin one' }, { note: ' padded ' }]);
    expect(csv).toBe('note\r\n"By fax, not by email"\r\n"He said ""two"""\r\n"Two lines\nin one"\r\n" padded "\r\n');
  });

  it('writes "not reported" as an empty cell, never 0', () => {
    expect(formatCsv(columns, [{ year: 2023, value: null, derived: false, note: null }])).toBe('year,value,derived,note\r\n2023,,false,\r\n');
  });

  it.each([
    ['=HYPERLINK("http://example.invalid","click")', `"'=HYPERLINK(""http://example.invalid"",""click"")"`],
    ['+1 more', `"'+1 more"`],
    ['-5 fewer', `"'-5 fewer"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['\u0000cmd', `"'\u0000cmd"`],
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
  ])('neutralises a text cell that a spreadsheet would run: %j', (text, cell) => {
    expect(formatCsv([column('note')], [{ note: text }])).toBe(`note\r\n${cell}\r\n`);
  });

  it('catches a multi-line formula that Papa.unparse’s own escapeFormulae lets through', () => {
    expect(Papa.unparse([['=1+1\nsecond line']], { escapeFormulae: true })).toBe('"=1+1\nsecond line"');
  });

  it('leaves numbers as numbers, negative ones included, and text with a sign inside alone', () => {
    const csv = formatCsv([column('value', 'number'), column('note')], [{ value: -3, note: 'a = b + c' }]);
    expect(csv).toBe('value,note\r\n-3,a = b + c\r\n');
  });

  it('parses back, with papaparse and with csv-parse, into the same cells', () => {
    const rows = [{ year: 2021, value: 2, derived: false, note: 'He said "two", then\r\n"twelve"' }, { year: 2022, value: null, derived: true, note: '=x' }];
    const csv = formatCsv(columns, rows);
    const byPapa = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;
    const byCsvParse: string[][] = parse(csv, { record_delimiter: '\r\n' });
    expect(byPapa).toEqual(byCsvParse);
    expect(byCsvParse).toEqual([
      ['year', 'value', 'derived', 'note'],
      ['2021', '2', 'false', 'He said "two", then\r\n"twelve"'],
      ['2022', '', 'true', "'=x"],
    ]);
  });
});
