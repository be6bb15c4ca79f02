import { describe, expect, it } from 'vitest';
import { fixtureData, messagesFor } from '../../helpers/fixture-data.ts';

// One mistake, one message: a row refused for one field is not then reported missing by the rows that
// refer to it, and every other problem of a row is still reported.

const cases: [string, Record<string, string>, string[]][] = [
  ['a share whose base count row was refused for its note', { 'figures.csv': 'figures/share-base-refused' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+200B at character 4), found "All<U+200B> by fax"',
  ]],
  ['a share whose base count row has too few fields', { 'figures.csv': 'figures/share-base-short-row' }, [
    'figures.csv:2: expected 6 fields, as in the header, found "5 fields"',
  ]],
  ['a share whose base count is there but not reported', { 'figures.csv': 'figures/share-base-not-reported' }, [
    'figures.csv:3:2 measure: expected a detainer_requests figure for 2025 reported by BPD to be the base of this share, found none: line 2 leaves it empty (not reported)',
  ]],
  ['a duplicate of a row refused for another reason: both problems', { 'figures.csv': 'figures/duplicate-of-refused' }, [
    'figures.csv:2:6 note: expected no invisible or control characters (U+000B at character 1), found "<U+000B>"',
    'figures.csv:4:1 year: expected one row for 2021 detainer_requests reported by BPD; line 2 already gives it, found "2021"',
  ]],
  ['an unknown measure and a bad value in the same row', { 'figures.csv': 'figures/unknown-measure-bad-value' }, [
    'figures.csv:2:2 measure: expected a measure id from MEASURES (detainer_requests, dedicated_line_share, probable_cause_requests, transfers_to_ice_custody), found "detainer_request"',
    'figures.csv:2:4 value: expected a number: a whole number up to 1,000,000 for a count, or a percentage from 0 to 100, found "1O"',
  ]],
  ['a row with a bad year, agency, value and source: all four', { 'figures.csv': 'figures/every-problem-in-a-row' }, [
    'figures.csv:2:1 year: expected a four-digit year, found "20x5"',
    'figures.csv:2:3 reported_by: expected an agency id from AGENCIES (BPD, ICE), found "SCSD"',
    'figures.csv:2:4 value: expected a whole number ≥ 0, found "-3"',
    'figures.csv:2:5 source_id: expected a source id from SOURCES (wbur-fax, report-2025, bpd-letter-2025, bpd-statement-2024), found "wbur"',
  ]],
  ['figures citing a source refused for its web address', { 'sources.csv': 'other/sources-refused-row' }, [
    'sources.csv:2:10 url: expected a web address starting with https:// or http://, or nothing when not given, found "ftp://wbur.example"',
  ]],
  ['figures and a via naming a source whose id was refused', { 'sources.csv': 'other/sources-refused-id' }, [
    'sources.csv:2:1 id: expected no invisible or control characters (U+200B at character 9), found "wbur-fax<U+200B>"',
  ]],
  ['figures and a share of a measure whose unit was refused', { 'measures.csv': 'other/measures-refused-unit' }, [
    'measures.csv:2:2 unit: expected one of count, percent, found "counts"',
  ]],
  ['a quote left open: the rows it would swallow are still checked', { 'figures.csv': 'figures/unclosed-quote' }, [
    'figures.csv:3:6 note: expected a closing quote on the same line (a value cannot run on over several lines), found "\\"All 12 arrived by fax."',
    'figures.csv:5:4 value: expected a whole number ≥ 0, found "1O"',
  ]],
];

describe('each problem is reported once, and every problem of a row', () => {
  it.each(cases)('%s', (name, replace, expected) => {
    const files = Object.fromEntries(Object.entries(replace).map(([file, fixture]) => [file, `tests/fixtures/${fixture}.csv`]));
    const dir = fixtureData(`cascades-${name.replaceAll(/\W+/g, '-')}`, files);
    const named = (text: string) =>
      text.replace('SOURCES', `${dir}/sources.csv`).replace('MEASURES', `${dir}/measures.csv`).replace('AGENCIES', `${dir}/agencies.csv`);
    expect(messagesFor(dir)).toEqual(expected.map(named));
  });
});
