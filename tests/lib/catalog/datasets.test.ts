import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const pkg = describePackage(loadData({ dataDir: 'data', today: TODAY }));
const dataset = (id: string) => {
  const found = pkg.datasets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
};
const table = (id: string) => dataset(id).rows.map((row) => dataset(id).columns.map((column) => row[column.name]));

// The column names are a public contract: changing one here must be a deliberate act, named in a new
// release's changes in data/releases.csv.
describe('the published column names', () => {
  it('are pinned for every dataset', () => {
    expect(Object.fromEntries(pkg.datasets.map((candidate) => [candidate.id, candidate.columns.map((column) => column.name)]))).toEqual({
      'detainer-requests-by-year': [
        'year', 'detainer_requests_bpd', 'detainer_requests_ice', 'dedicated_line_share_bpd', 'dedicated_line_share_bpd_as_count',
        'probable_cause_requests_bpd', 'transfers_to_ice_custody_bpd',
      ],
      'detainer-figures': ['year', 'measure', 'value', 'unit', 'reported_by', 'source_id', 'derived', 'note'],
      sources: ['id', 'type', 'title', 'short_title', 'publisher', 'author', 'published', 'date_note', 'url', 'via', 'description', 'name'],
    });
  });

  it('are all snake_case', () => {
    for (const column of pkg.datasets.flatMap((candidate) => candidate.columns)) expect(column.name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });
});

describe('the canonical values, as the fact base gives them', () => {
  it('by year: one row per year, empty (null) where nothing is reported, the derived count beside its share', () => {
    expect(table('detainer-requests-by-year')).toEqual([
      [2021, 2, null, null, null, null, null],
      [2022, 12, null, null, null, null, null],
      [2023, 19, null, null, null, null, null],
      [2024, 15, 198, null, null, null, null],
      [2025, 57, null, 28, 16, 57, 0],
    ]);
  });

  it('one figure per row, the count derived from a share flagged derived and explained', () => {
    expect(table('detainer-figures').map((row) => row.slice(0, 7))).toEqual([
      [2021, 'detainer_requests', 2, 'count', 'BPD', 'bpd-statement-2024', false],
      [2022, 'detainer_requests', 12, 'count', 'BPD', 'bpd-statement-2024', false],
      [2023, 'detainer_requests', 19, 'count', 'BPD', 'bpd-statement-2024', false],
      [2024, 'detainer_requests', 15, 'count', 'BPD', 'bpd-statement-2024', false],
      [2024, 'detainer_requests', 198, 'count', 'ICE', 'wbur-fax', false],
      [2025, 'detainer_requests', 57, 'count', 'BPD', 'bpd-letter-2025', false],
      [2025, 'dedicated_line_share', 28, 'percent', 'BPD', 'bpd-letter-2025', false],
      [2025, 'dedicated_line_share_as_count', 16, 'count', 'BPD', 'bpd-letter-2025', true],
      [2025, 'probable_cause_requests', 57, 'count', 'BPD', 'bpd-letter-2025', false],
      [2025, 'transfers_to_ice_custody', 0, 'count', 'BPD', 'bpd-letter-2025', false],
    ]);
    expect(dataset('detainer-figures').rows[7]?.['note']).toBe('Derived, not reported: 28% of 57 is 15.96, rounded to 16.');
  });

  it('sources: a title only where one was published; the records are named by a description of ours', () => {
    expect(table('sources').map((row) => [row[0], row[2] === null, row[11] === null])).toEqual([
      ['wbur-fax', false, true],
      ['report-2025', false, true],
      ['bpd-letter-2025', true, false],
      ['bpd-statement-2024', true, false],
    ]);
  });

  it('sources: no web address, date or author that the sources do not give', () => {
    expect(table('sources').map(([id, type, , , publisher, author, published, , url, via]) => [id, type, publisher, author, published, url, via])).toEqual([
      ['wbur-fax', 'news_report', 'WBUR', 'Deborah Becker', null, null, null],
      ['report-2025', 'news_report', null, null, null, null, null],
      ['bpd-letter-2025', 'primary_record', 'Boston Police Department', 'Michael Cox', null, null, 'report-2025'],
      ['bpd-statement-2024', 'primary_record', 'Boston Police Department', null, null, null, 'wbur-fax'],
    ]);
  });
});

describe('the package description', () => {
  it('names the latest release, the years, the place, the creator and the licenses', () => {
    expect(pkg).toMatchObject({
      name: 'boston-detainer-data', version: '2026.12.07', modified: '2026-12-07', issued: '2026-11-23', years: [2021, 2025],
      creator: 'Boston Detainer Data', spatial: 'Boston, Massachusetts, United States',
      license: { id: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      textLicense: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
  });

  it('lists, for each table of figures, every source its figures rest on, with the reports that records are known through', () => {
    expect(dataset('detainer-figures').sourceIds).toEqual(['wbur-fax', 'report-2025', 'bpd-letter-2025', 'bpd-statement-2024']);
    expect(dataset('sources').sourceIds).toEqual([]);
  });

  it('keys the figures table on year, measure and agency, and links each figure to a source', () => {
    expect(dataset('detainer-figures')).toMatchObject({
      primaryKey: ['year', 'measure', 'reported_by'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
    });
  });
});
