import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/index.ts';
import { fixtureData, messagesFor, TODAY } from '../../helpers/fixture-data.ts';

// sources.csv: what `via` may name, and dates that are real and not in the future.

const sources = (name: string) => ({ 'sources.csv': `tests/fixtures/other/${name}.csv` });

const rejected: [string, string, string[]][] = [
  ['two news reports that name each other: a report has no via, so the chain cannot loop', 'sources-news-reports-name-each-other', [
    'sources.csv:2:11 via: expected nothing for a news_report: a report is cited as itself, only a primary_record is known through one, found "report-2025"',
    'sources.csv:3:11 via: expected nothing for a news_report: a report is cited as itself, only a primary_record is known through one, found "wbur-fax"',
  ]],
  ['two primary records known through each other', 'sources-primary-via-primary', [
    'sources.csv:4:11 via: expected the id of a news_report that this record is known through; line 5 is a primary_record, found "bpd-statement-2024"',
    'sources.csv:5:11 via: expected the id of a news_report that this record is known through; line 4 is a primary_record, found "bpd-letter-2025"',
  ]],
  ['a source with both a published title and a name of ours: a name is only for a source with no known title', 'sources-title-and-name', [
    'sources.csv:4:4 name: expected nothing when the title as published is given, found "Letter from the Police Commissioner to the Boston City Clerk…" (94 characters)',
  ]],
  ['a source with neither a title nor a name', 'sources-neither-title-nor-name', [
    'sources.csv:5:3 title: expected the title as published, or, when the source has no known title, a name in the name column',
  ]],
  ['a record known through itself', 'sources-self-via', [
    'sources.csv:4:11 via: expected the id of another source in this file, found "bpd-letter-2025"',
  ]],
  ['dates that do not exist (2024-02-29 does)', 'sources-impossible-dates', [
    'sources.csv:2:8 published: expected a real date: a month and a day that exist in the calendar, found "2025-02-30"',
    'sources.csv:3:8 published: expected a real date: a month and a day that exist in the calendar, found "2025-13"',
    'sources.csv:4:8 published: expected a real date: a month and a day that exist in the calendar, found "2025-00"',
  ]],
  ['a year, a month and a day after today (today passes)', 'sources-future-dates', [
    'sources.csv:2:8 published: expected a date no later than today, 2026-11-30, found "2027"',
    'sources.csv:3:8 published: expected a date no later than today, 2026-11-30, found "2026-12"',
    'sources.csv:4:8 published: expected a date no later than today, 2026-11-30, found "2026-12-01"',
  ]],
  ['dates before ICE was created', 'sources-before-ice', [
    'sources.csv:2:8 published: expected a date no earlier than 2003, when ICE was created, found "1999"',
    'sources.csv:3:8 published: expected a date no earlier than 2003, when ICE was created, found "0000-01"',
  ]],
];

describe('sources.csv', () => {
  it.each(rejected)('rejects %s', (_name, fixture, expected) => {
    expect(messagesFor(fixtureData(`sources-${fixture}`, sources(fixture)))).toEqual(expected);
  });

  it('accepts primary records known through news reports, as in data/', () => {
    const { sources: read } = loadData({ dataDir: 'data', today: TODAY });
    expect(read.map((source) => [source.id, source.type, source.via])).toEqual([
      ['wbur-fax', 'news_report', null],
      ['report-2025', 'news_report', null],
      ['bpd-letter-2025', 'primary_record', 'report-2025'],
      ['bpd-statement-2024', 'primary_record', 'wbur-fax'],
    ]);
  });
});
