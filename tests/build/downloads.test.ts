import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { describePackage } from '../../src/lib/catalog/package.ts';
import type { Cell, Dataset } from '../../src/lib/catalog/types.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { latestReleaseFiles } from '../../src/lib/downloads/serve.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { built, DATA_WITH_2026, SITE, SITE_WITH_2026 } from './site.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const pkg = describePackage(data);
const text = (site: string, path: string) => built(site, path).toString('utf8');

/** Returns CSV text parsed by papaparse and by csv-parse, after checking that both read the same cells. */
function parseBoth(csv: string): string[][] {
  const byPapa = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(byPapa.errors).toEqual([]);
  const byCsvParse: string[][] = parse(csv, { delimiter: ',', record_delimiter: '\r\n', bom: false, relax_quotes: false });
  expect(byPapa.data).toEqual(byCsvParse);
  return byCsvParse;
}

/** Returns a CSV cell as the value it stands for, by its column's type: empty is null (not reported). */
function typed(dataset: Dataset, name: string, cell: string): Cell {
  const type = dataset.columns.find((column) => column.name === name)?.type;
  if (cell === '') return null;
  if (type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : `not a boolean: ${cell}`;
  if (type === 'year' || type === 'integer' || type === 'number') return Number(cell);
  return cell;
}

describe('the CSV downloads under /data/', () => {
  it.each(pkg.datasets.map((dataset) => [dataset.id, dataset] as const))('%s.csv parses back, with two parsers, into exactly the canonical values', (id, dataset) => {
    const [header, ...records] = parseBoth(text(SITE, `data/${id}.csv`));
    expect(header).toEqual(dataset.columns.map((column) => column.name));
    const rows = records.map((record) => Object.fromEntries(record.map((cell, index) => [header?.[index] ?? '', typed(dataset, header?.[index] ?? '', cell)])));
    expect(rows).toEqual(dataset.rows);
  });

  it('hold the real figures, with an empty cell where nothing is reported', () => {
    const [, ...rows] = parseBoth(text(SITE, 'data/detainer-requests-by-year.csv'));
    expect(rows).toEqual([
      ['2021', '2', '', '', '', '', ''],
      ['2022', '12', '', '', '', '', ''],
      ['2023', '19', '', '', '', '', ''],
      ['2024', '15', '198', '', '', '', ''],
      ['2025', '57', '', '28', '16', '57', '0'],
    ]);
  });

  it('are UTF-8 without a byte-order mark, and end every line, the last one included, with CR LF', () => {
    for (const dataset of pkg.datasets) {
      const bytes = built(SITE, `data/${dataset.id}.csv`);
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').startsWith(`${dataset.columns[0]?.name},`)).toBe(true);
      expect([...bytes.subarray(-2)]).toEqual([0x0d, 0x0a]);
      // No line break of any other kind: none of the real data's text holds one.
      expect(bytes.toString('utf8').replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
    expect(text(SITE, 'data/detainer-figures.csv').split('\r\n')).toEqual([
      'year,measure,value,unit,reported_by,source_id,derived,note',
      '2021,detainer_requests,2,count,BPD,bpd-statement-2024,false,',
      '2022,detainer_requests,12,count,BPD,bpd-statement-2024,false,',
      '2023,detainer_requests,19,count,BPD,bpd-statement-2024,false,',
      `2024,detainer_requests,15,count,BPD,bpd-statement-2024,false,"BPD's count, from its statement to the City Council. ICE gives a higher count for the same year, and the two agencies disagree. BPD says all of these requests arrived by fax. The news report on 2025 gives the same figure."`,
      `2024,detainer_requests,198,count,ICE,wbur-fax,false,"ICE's count, from an ICE spokesperson. BPD gives a lower count for the same year, and the two agencies disagree."`,
      '2025,detainer_requests,57,count,BPD,bpd-letter-2025,false,',
      '2025,dedicated_line_share,28,percent,BPD,bpd-letter-2025,false,',
      '2025,dedicated_line_share_as_count,16,count,BPD,bpd-letter-2025,true,"Derived, not reported: 28% of 57 is 15.96, rounded to 16."',
      `2025,probable_cause_requests,57,count,BPD,bpd-letter-2025,false,All of the year's requests.`,
      '2025,transfers_to_ice_custody,0,count,BPD,bpd-letter-2025,false,',
      '',
    ]);
  });
});

describe('the JSON downloads under /data/', () => {
  it.each(pkg.datasets.map((dataset) => [dataset.id, dataset] as const))('%s.json parses into exactly the canonical values, null where not reported', (id, dataset) => {
    const rows = JSON.parse(text(SITE, `data/${id}.json`)) as Record<string, Cell>[];
    expect(rows).toEqual(dataset.rows);
    expect(rows.map((row) => Object.keys(row))).toEqual(rows.map(() => dataset.columns.map((column) => column.name)));
  });

  it('give "not reported" as null, never 0', () => {
    const rows = JSON.parse(text(SITE, 'data/detainer-requests-by-year.json')) as Record<string, Cell>[];
    expect(rows.find((row) => row['year'] === 2023)).toMatchObject({ detainer_requests_ice: null, transfers_to_ice_custody_bpd: null });
    expect(rows.find((row) => row['year'] === 2025)).toMatchObject({ transfers_to_ice_custody_bpd: 0 });
  });
});

describe('the files under /data/', () => {
  it('are exactly the latest release’s files, each byte as made from data/', () => {
    const files = latestReleaseFiles(data);
    const builtFiles = readdirSync(`${SITE}/data`, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    expect(builtFiles.toSorted()).toEqual([...files.map((file) => file.name), 'feed.xml', 'index.html'].toSorted());
    for (const file of files) expect(createHash('sha256').update(built(SITE, `data/${file.name}`)).digest('hex'), file.name).toBe(file.sha256);
  });

  it('are also kept, byte for byte, under /data/v<version>/ for the latest release', () => {
    for (const file of latestReleaseFiles(data)) expect(built(SITE, `data/v2026.12.07/${file.name}`), file.name).toEqual(built(SITE, `data/${file.name}`));
  });
});

describe('a build from a fixture folder with one more year and one more release', () => {
  it('includes the new year in every download', () => {
    const [, ...rows] = parseBoth(text(SITE_WITH_2026, 'data/detainer-requests-by-year.csv'));
    expect(rows.at(-1)).toEqual(['2026', '64', '', '', '', '', '']);
    expect(rows.at(-2)).toEqual(['2025', '57', '', '28', '16', '57', '0']);
    const figures = JSON.parse(text(SITE_WITH_2026, 'data/detainer-figures.json')) as Record<string, Cell>[];
    expect(figures.at(-1)).toMatchObject({ year: 2026, measure: 'detainer_requests', value: 64, reported_by: 'BPD', derived: false });
    expect(describePackage(loadData({ dataDir: DATA_WITH_2026, today: TODAY })).version).toBe('2026.11.23.2');
  });

  it('still serves the earlier release frozen, without the new year, byte for byte as first published', () => {
    for (const name of ['detainer-requests-by-year.csv', 'detainer-figures.csv', 'datapackage.json']) {
      expect(built(SITE_WITH_2026, `data/v2026.11.23/${name}`), name).toEqual(built(SITE, `data/v2026.11.23/${name}`));
    }
    expect(text(SITE_WITH_2026, 'data/v2026.11.23/detainer-requests-by-year.csv')).not.toContain('2026,');
    expect(text(SITE_WITH_2026, 'data/v2026.11.23.2/detainer-requests-by-year.csv')).toContain('\r\n2026,64,');
  });
});
