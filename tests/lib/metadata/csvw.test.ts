import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import type { DataPackage } from '../../../src/lib/catalog/types.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { useStrings } from '../../../src/lib/i18n/index.ts';
import { renderCsvMetadata } from '../../../src/lib/metadata/csvw.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

// The csvw package's validator (cldf/csvw, `csvwvalidate`) cannot be installed here: it is on PyPI only, not in
// Debian. These tests check, on the metadata we generate, the rule it applied when it rejected sources.csv: a
// foreign key is checked on every row, and a row whose referencing cell is empty fails it (see src/lib/metadata/csvw.ts).
interface CsvwColumn { name: string; required: boolean; valueUrl?: string }
interface CsvwKey { columnReference: string | string[]; reference: { resource: string; columnReference: string | string[] } }
interface CsvwTable { url: string; tableSchema: { columns: CsvwColumn[]; aboutUrl?: string; foreignKeys?: CsvwKey[] } }

const pkg = describePackage(loadData({ dataDir: 'data', today: TODAY }));
const tablesOf = (of: DataPackage): CsvwTable[] => renderCsvMetadata(of, useStrings('en')).tables;
const tables = tablesOf(pkg);
const table = (url: string) => {
  const found = tables.find((candidate) => candidate.url === url);
  if (!found) throw new Error(`no table ${url}`);
  return found;
};

describe('the CSV on the Web metadata', () => {
  it('declares a foreign key only on columns that are required, so that no row can have an empty referencing cell', () => {
    for (const { url, tableSchema } of tables) {
      const required = tableSchema.columns.filter((column) => column.required).map((column) => column.name);
      for (const key of tableSchema.foreignKeys ?? []) {
        for (const column of [key.columnReference].flat()) expect(required, `${url}: foreign key ${column}`).toContain(column);
      }
    }
  });

  it('has, in every row of the data, a referenced row for each foreign key it declares', () => {
    for (const { url, tableSchema } of tables) {
      const rows = pkg.datasets.find((dataset) => `${dataset.id}.csv` === url)?.rows ?? [];
      for (const key of tableSchema.foreignKeys ?? []) {
        const referenced = pkg.datasets.find((dataset) => `${dataset.id}.csv` === key.reference.resource)?.rows ?? [];
        const [from, to] = [[key.columnReference].flat(), [key.reference.columnReference].flat()];
        for (const row of rows) {
          const cells = from.map((column) => row[column]);
          expect(cells, `${url}: ${from.join(', ')}`).not.toContain(null);
          const matches = referenced.filter((candidate) => to.every((column, index) => candidate[column] === cells[index]));
          expect(matches, `${url}: ${from.join(', ')} = ${cells.join(', ')}`).toHaveLength(1);
        }
      }
    }
  });

  it('keeps the foreign key from a figure to its source, whose id every figure gives', () => {
    expect(table('detainer-figures.csv').tableSchema.foreignKeys).toEqual([
      { columnReference: 'source_id', reference: { resource: 'sources.csv', columnReference: 'id' } },
    ]);
  });

  it('links a source to the one it is known through by URLs, a weak link that validators do not test, since via may be empty', () => {
    const sources = table('sources.csv').tableSchema;
    expect(sources.foreignKeys).toBeUndefined();
    expect(sources.aboutUrl).toBe('sources.csv#{id}');
    expect(sources.columns.find((column) => column.name === 'via')).toMatchObject({ required: false, valueUrl: 'sources.csv#{via}' });
    expect(sources.columns.filter((column) => column.valueUrl !== undefined).map((column) => column.name)).toEqual(['via']);
  });

  it('refuses a foreign key of two columns that may be empty, which has no CSVW form', () => {
    const figures = pkg.datasets.find((dataset) => dataset.id === 'detainer-figures');
    if (!figures) throw new Error('no detainer-figures');
    const twoColumns = { ...figures, foreignKeys: [{ fields: ['note', 'source_id'], reference: { resource: 'sources', fields: ['id', 'via'] } }] };
    expect(() => tablesOf({ ...pkg, datasets: pkg.datasets.map((dataset) => (dataset === figures ? twoColumns : dataset)) }))
      .toThrow('detainer-figures: the foreign key (note, source_id) may be empty and has more than one column; CSVW has no way to say it');
  });
});
