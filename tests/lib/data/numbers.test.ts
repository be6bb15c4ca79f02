import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/lib/catalog/types.ts';
import { validateData } from '../../../src/lib/data/index.ts';
import { formatCsv } from '../../../src/lib/downloads/csv.ts';
import { formatJson, formatJsonRows } from '../../../src/lib/downloads/json.ts';
import { formatBytes, formatCount, formatPercent, formatRatio, formatValue } from '../../../src/lib/format.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

// Counts, percentages and years: only what can be published exactly as given is accepted.

const HEADER = 'year,measure,reported_by,value,source_id,note';
const figures = (name: string) => ({ 'figures.csv': `tests/fixtures/figures/${name}.csv` });

const rejected: [string, string, string[]][] = [
  ['a count of hundreds of digits, which would be published as Infinity', 'huge-count', [
    `figures.csv:2:4 value: expected a count of at most 1,000,000 (see data/README.md), found "${'9'.repeat(60)}…" (400 characters)`,
  ]],
  ['a count beyond the safe integers, which would be published as …992', 'unsafe-count', [
    'figures.csv:2:4 value: expected a count of at most 1,000,000 (see data/README.md), found "9007199254740993"',
  ]],
  ['a count one above the maximum (the maximum itself passes)', 'count-over-max', [
    'figures.csv:3:4 value: expected a count of at most 1,000,000 (see data/README.md), found "1000001"',
  ]],
  ['a count with a leading zero (0 alone passes)', 'leading-zero', ['figures.csv:2:4 value: expected a whole number without leading zeros, found "057"']],
  ['a count with a plus sign', 'plus-sign', ['figures.csv:2:4 value: expected a whole number ≥ 0, found "+5"']],
  ['digits of other scripts', 'unicode-digits', [
    'figures.csv:2:4 value: expected a whole number ≥ 0, found "١٩"',
    'figures.csv:3:4 value: expected a whole number ≥ 0, found "１２"',
  ]],
  ['a percentage with two decimal places', 'percent-decimals', [
    'figures.csv:3:4 value: expected a percentage with at most 1 decimal place, as the site shows it, found "28.25"',
  ]],
  ['percentages with a leading zero, no leading digit, an exponent, or above 100', 'percent-odd-forms', [
    'figures.csv:3:4 value: expected a percentage without leading zeros, found "028"',
    'figures.csv:4:4 value: expected a percentage from 0 to 100, found ".5"',
    'figures.csv:5:4 value: expected a percentage from 0 to 100, found "1e2"',
    'figures.csv:6:4 value: expected a percentage from 0 to 100, found "100.1"',
  ]],
  ['years before ICE was created in 2003', 'year-before-ice', [
    'figures.csv:2:1 year: expected a year no earlier than 2003, when ICE was created, found "1850"',
    'figures.csv:3:1 year: expected a year no earlier than 2003, when ICE was created, found "0000"',
    'figures.csv:4:1 year: expected a year no earlier than 2003, when ICE was created, found "2002"',
  ]],
];

describe('numbers in figures.csv', () => {
  it.each(rejected)('rejects %s', (_name, fixture, expected) => {
    expect(messagesFor(fixtureData(`numbers-${fixture}`, figures(fixture)))).toEqual(expected);
  });

  const accepted = (fixture: string) => {
    const { data, issues } = validateData({ dataDir: fixtureData(`numbers-${fixture}`, figures(fixture)), today: TODAY });
    expect(issues).toEqual([]);
    return data?.figures.map((figure) => [figure.year, figure.measure, figure.value]);
  };

  it('says what to remove from a count with thousands separators or a percentage with a % sign', () => {
    const text = `${HEADER}\n2025,detainer_requests,BPD,"1,234",bpd-letter-2025,\n2025,dedicated_line_share,BPD,28%,bpd-letter-2025,\n`;
    expect(messagesFor(fixtureData('numbers-separators', { 'figures.csv': { text } }))).toEqual([
      'figures.csv:2:4 value: expected a whole number without thousands separators, found "1,234"',
      'figures.csv:3:4 value: expected a percentage from 0 to 100, without the % sign, found "28%"',
    ]);
  });

  it('accepts a percentage with one decimal place', () => {
    expect(accepted('percent-one-decimal')).toEqual([[2025, 'detainer_requests', 57], [2025, 'dedicated_line_share', 28.5]]);
  });
  it('accepts 2003, the year ICE was created', () => {
    expect(accepted('year-2003')).toEqual([[2003, 'detainer_requests', 2]]);
  });
});

describe('a number that is not finite never reaches a page or a file', () => {
  const column = (name: string, type: Column['type'] = 'number'): Column => ({ name, type, unit: null, description: '', constraints: {} });

  it.each([Infinity, -Infinity, NaN])('the formatters throw on %s', (value) => {
    for (const format of [formatCount, formatPercent, formatRatio, formatBytes, (v: number) => formatValue(v, 'count'), (v: number) => formatValue(v, 'percent')]) {
      expect(() => format(value)).toThrow(`Expected a finite number to show or publish, found ${value}`);
    }
  });

  it.each([Infinity, NaN])('the CSV and JSON downloads throw on %s, rather than write "Infinity" or null', (value) => {
    expect(() => formatCsv([column('value')], [{ value }])).toThrow(RangeError);
    expect(() => formatJsonRows([column('value')], [{ value }])).toThrow(RangeError);
    expect(() => formatJson({ nested: [{ value }] })).toThrow(RangeError);
  });

  it('leave finite numbers as they were', () => {
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatPercent(28.5)).toBe('28.5%');
    expect(formatCsv([column('value'), column('note', 'string')], [{ value: 57, note: null }])).toBe('value,note\r\n57,\r\n');
    expect(formatJson({ value: 0, share: 28.5, none: null })).toBe('{\n  "value": 0,\n  "share": 28.5,\n  "none": null\n}\n');
  });
});
