import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/data/index.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

const figures = (name: string) => `tests/fixtures/figures/${name}.csv`;
const HEADER = 'year,measure,reported_by,value,source_id,note';

/** Bad figures files, each with the exact messages it must produce. */
const rejected: [string, Record<string, string | { text: string }>, string[]][] = [
  ['wrong header', { 'figures.csv': figures('wrong-header') }, [
    'figures.csv:1 header: expected a column named "value", found none',
    'figures.csv:1:4 header: expected one of the columns year, measure, reported_by, value, source_id, note, found "amount"',
  ]],
  ['missing column', { 'figures.csv': figures('missing-column') }, ['figures.csv:1 header: expected a column named "note", found none']],
  ['extra column', { 'figures.csv': figures('extra-column') }, [
    'figures.csv:1:7 header: expected one of the columns year, measure, reported_by, value, source_id, note, found "comment"',
  ]],
  ['non-numeric value', { 'figures.csv': figures('non-numeric') }, ['figures.csv:4:4 value: expected a whole number ≥ 0, found "1O"']],
  ['negative count', { 'figures.csv': figures('negative') }, ['figures.csv:2:4 value: expected a whole number ≥ 0, found "-3"']],
  ['decimal count', { 'figures.csv': figures('decimal-count') }, ['figures.csv:2:4 value: expected a whole number ≥ 0, found "2.5"']],
  ['duplicate year and measure', { 'figures.csv': figures('duplicate-year') }, [
    'figures.csv:4:1 year: expected one row for 2021 detainer_requests reported by BPD; line 2 already gives it, found "2021"',
  ]],
  ['unknown source id', { 'figures.csv': figures('unknown-source') }, [
    'figures.csv:2:5 source_id: expected a source id from SOURCES (wbur-fax, report-2025, bpd-letter-2025, bpd-statement-2024), found "wbur"',
  ]],
  ['percentage over 100', { 'figures.csv': figures('percent-over-100') }, ['figures.csv:3:4 value: expected a percentage from 0 to 100, found "128"']],
  ['empty file', { 'figures.csv': figures('empty') }, [
    'figures.csv: expected a header row (year,measure,reported_by,value,source_id,note) and data rows, found an empty file',
  ]],
  ['header only', { 'figures.csv': figures('header-only') }, ['figures.csv:1: expected at least one data row after the header, found none']],
  ['a file that is not UTF-8', { 'figures.csv': figures('not-utf8') }, [
    'figures.csv:2: expected UTF-8 text, found a byte that is not UTF-8 at character 52 (save the file as UTF-8)',
  ]],
  ['a very long field', { 'figures.csv': figures('long-field') }, [
    `figures.csv:2:6 note: expected a note of at most 500 characters, found "${'x'.repeat(60)}…" (501 characters)`,
  ]],
  ['a future year', { 'figures.csv': figures('future-year') }, ['figures.csv:4:1 year: expected a year no later than 2026, found "2031"']],
  ['a share without its total', { 'figures.csv': figures('share-without-total') }, [
    'figures.csv:2:2 measure: expected a detainer_requests figure for 2025 reported by BPD to be the base of this share, found none',
  ]],
  ['a row with too few fields', { 'figures.csv': figures('short-row') }, ['figures.csv:2: expected 6 fields, as in the header, found "5 fields"']],
  // The site shows every value on one line, and a record that may span lines lets a stray quote swallow rows.
  ['a line break inside a quoted note', { 'figures.csv': figures('crlf') }, [
    'figures.csv:3:6 note: expected a value on one line, with no line break in it (the site shows each value on one line), found "Two lines<U+000A>in one note"',
  ]],
  ['an unknown measure', { 'figures.csv': figures('unknown-measure') }, [
    'figures.csv:2:2 measure: expected a measure id from MEASURES (detainer_requests, dedicated_line_share, probable_cause_requests, transfers_to_ice_custody), found "detainer_request"',
  ]],
  ['an unknown agency', { 'figures.csv': figures('unknown-agency') }, [
    'figures.csv:2:3 reported_by: expected an agency id from AGENCIES (BPD, ICE), found "SCSD"',
  ]],
  ['a year that is not four digits', { 'figures.csv': { text: `${HEADER}\n20x5,detainer_requests,BPD,2,wbur-fax,\n` } }, [
    'figures.csv:2:1 year: expected a four-digit year, found "20x5"',
  ]],
  ['a source known through a source that does not exist', { 'sources.csv': 'tests/fixtures/other/sources-bad-via.csv' }, [
    'sources.csv:5:11 via: expected the id of another source in this file, found "wbur-fm"',
  ]],
  ['a source id used twice', { 'sources.csv': 'tests/fixtures/other/sources-duplicate-id.csv' }, [
    'sources.csv:6:1 id: expected each id once; line 2 already uses it, found "wbur-fax"',
  ]],
  ['a percentage measure that is a share of nothing', { 'measures.csv': 'tests/fixtures/other/measures-no-share-of.csv' }, [
    'measures.csv:3:3 share_of: expected the id of the count measure this percentage is a share of (detainer_requests, probable_cause_requests, transfers_to_ice_custody), found ""',
  ]],
  ['a missing file', { 'agencies.csv': { text: '' } }, [
    'agencies.csv: expected a header row (id,name) and data rows, found an empty file',
  ]],
];

describe('validation rejects bad data with a precise message', () => {
  it.each(rejected)('%s', (name, replace, expected) => {
    const dir = fixtureData(`rejected-${name.replaceAll(' ', '-')}`, replace);
    const named = (text: string) =>
      text.replace('SOURCES', `${dir}/sources.csv`).replace('MEASURES', `${dir}/measures.csv`).replace('AGENCIES', `${dir}/agencies.csv`);
    expect(messagesFor(dir)).toEqual(expected.map(named));
  });

  it('reports every mistake at once, in line order', () => {
    const dir = fixtureData('three-mistakes', { 'figures.csv': figures('three-mistakes') });
    expect(messagesFor(dir)).toEqual([
      'figures.csv:3:4 value: expected a whole number ≥ 0, found "1O"',
      `figures.csv:4:5 source_id: expected a source id from ${dir}/sources.csv (wbur-fax, report-2025, bpd-letter-2025, bpd-statement-2024), found "bpd-statement"`,
      'figures.csv:5:4 value: expected a percentage from 0 to 100, found "128"',
    ]);
  });
});

describe('validation accepts well-formed variations', () => {
  const accepted = (name: string) => {
    const dir = fixtureData(`accepted-${name}`, { 'figures.csv': figures(name) });
    const { data, issues } = validateData({ dataDir: dir, today: TODAY });
    expect(issues).toEqual([]);
    return data?.figures.map((figure) => [figure.year, figure.value, figure.note]);
  };

  it('a byte-order mark', () => {
    expect(accepted('bom')).toEqual([[2021, 2, null], [2022, 12, null]]);
  });
  it('CRLF line endings', () => {
    expect(accepted('crlf-plain')).toEqual([[2021, 2, null], [2022, 12, 'One line, in quotes']]);
  });
  it('trailing blank lines', () => {
    expect(accepted('trailing-blank-lines')).toEqual([[2021, 2, null], [2022, 12, null]]);
  });
  it('quoted values with commas and quotes', () => {
    expect(accepted('quoted-commas')).toEqual([[2021, 2, 'By fax, not by email'], [2022, 12, 'He said "two", then "twelve"']]);
  });
  it('a formula-like text cell, kept as text (downloads neutralise it)', () => {
    expect(accepted('formula-like')).toEqual([[2021, 2, '=HYPERLINK("http://example.invalid","click")'], [2022, 12, '+1 more']]);
  });
  it('an HTML fragment in a note, kept as text (pages escape it)', () => {
    expect(accepted('html-note')).toEqual([[2021, 2, '<script>alert("x")</script><b>bold</b>']]);
  });
  it('an empty value, read as not reported rather than 0', () => {
    expect(accepted('not-reported')).toEqual([[2021, null, 'The source gives no figure.']]);
  });
  it('the current year', () => {
    const dir = fixtureData('accepted-current-year', { 'figures.csv': { text: `${HEADER}\n2026,detainer_requests,BPD,3,wbur-fax,\n` } });
    expect(validateData({ dataDir: dir, today: TODAY }).issues).toEqual([]);
  });
});
