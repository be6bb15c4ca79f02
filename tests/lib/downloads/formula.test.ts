import Papa from 'papaparse';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { dataFiles } from '../../../src/lib/downloads/release-files.ts';
import { useStrings } from '../../../src/lib/i18n/index.ts';
import { fixtureData, TODAY } from '../../helpers/fixture-data.ts';

const dir = fixtureData('formula-downloads', {
  'figures.csv': 'tests/fixtures/figures/formula-like.csv',
  'sources.csv': 'tests/fixtures/other/sources-formula-like.csv',
});
const files = dataFiles(describePackage(loadData({ dataDir: dir, today: TODAY })), useStrings('en'));
const text = (name: string) => new TextDecoder().decode(files.find((file) => file.name === name)?.bytes);
const records = (name: string) => Papa.parse<Record<string, string>>(text(name), { header: true, skipEmptyLines: true }).data;

describe('downloads made from formula-like text in data/', () => {
  it('neutralise the figures’ notes in the CSV with a leading apostrophe, and quote them', () => {
    expect(records('detainer-figures.csv').map((row) => [row['year'], row['value'], row['note']])).toEqual([
      ['2021', '2', `'=HYPERLINK("http://example.invalid","click")`],
      ['2022', '12', "'+1 more"],
    ]);
    expect(text('detainer-figures.csv')).toContain(`,"'=HYPERLINK(""http://example.invalid"",""click"")"\r\n`);
  });

  it('neutralise the sources’ text cells, = + - and @ alike, and read the same with a second parser', () => {
    const rows: Record<string, string>[] = parse(text('sources.csv'), { columns: true, record_delimiter: '\r\n' });
    expect(rows[0]).toMatchObject({ title: "'=1+1 is not a title", short_title: "'@WBUR", publisher: "'-WBUR", author: "'+Deborah Becker" });
    expect(records('sources.csv')[0]).toMatchObject({ title: "'=1+1 is not a title", short_title: "'@WBUR", publisher: "'-WBUR", author: "'+Deborah Becker" });
  });

  it('keep the text as it is in JSON, which no spreadsheet runs', () => {
    const figures = JSON.parse(text('detainer-figures.json')) as { note: string }[];
    expect(figures.map((figure) => figure.note)).toEqual(['=HYPERLINK("http://example.invalid","click")', '+1 more']);
    expect((JSON.parse(text('sources.json')) as { title: string }[])[0]?.title).toBe('=1+1 is not a title');
  });

  it('leave every number a number', () => {
    expect(text('detainer-requests-by-year.csv').split('\r\n').slice(0, 3)).toEqual(['year,detainer_requests_bpd', '2021,2', '2022,12']);
  });
});
