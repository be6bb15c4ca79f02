import type { Strings } from '../catalog/common.ts';
import type { Column, DataPackage, Dataset, ForeignKey } from '../catalog/types.ts';
import { CSV_DIALECT } from './datapackage.ts';
import { describeWithUnit } from './table-schema.ts';

/** Returns a column's CSVW datatype, with its constraints where CSVW has a place for them. */
function datatypeOf(column: Column) {
  const { minimum, maximum, maxLength, pattern } = column.constraints;
  const bounds = { ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) };
  switch (column.type) {
    case 'year': return 'gYear';
    case 'integer': return { base: 'integer', ...bounds };
    case 'number': return { base: 'decimal', ...bounds };
    case 'boolean': return { base: 'boolean', format: 'true|false' };
    case 'string': {
      const extra = { ...(maxLength === undefined ? {} : { maxLength }), ...(pattern === undefined ? {} : { format: pattern }) };
      return Object.keys(extra).length > 0 ? { base: 'string', ...extra } : 'string';
    }
  }
}

// A CSVW foreign key holds for every row: validators MUST raise an error "for each row that does not have a unique
// referenced row for each of the foreign keys on the table in which the row appears" (Model for Tabular Data and
// Metadata on the Web, 6.6 Validating Tables), and a row whose referencing cell is null (empty) references none. Unlike
// SQL, the recommendation makes no exception for null. The csvw package's validator (cldf/csvw, src/csvw/metadata.py)
// does the same: `csvwvalidate` runs CSVW.is_valid, which calls TableGroup.check_referential_integrity(strict=True),
// and that raises "Foreign key column is null" at the first row whose referencing cell is null.
// So only a key whose columns are all required is a foreign key here. A key that may be empty (a source's `via`) is
// the recommendation's weak link instead (Metadata Vocabulary for Tabular Data, 5.5.2.3): the referenced table names
// each row with a URL (aboutUrl) and the referencing column makes the same URL from its value (valueUrl), which is null
// when the cell is. Validators do not test a weak link; `npm run check:data` checks that every `via` names a source.

/** Returns true when no column of the key may be empty, so that CSVW can declare it as a foreign key. */
export function isNeverEmpty(dataset: Dataset, key: ForeignKey): boolean {
  return key.fields.every((field) => dataset.columns.find((column) => column.name === field)?.constraints.required === true);
}

/** Returns the URL template of a row of a table, relative to the table, made from its key column (for weak links). */
const rowUrl = (datasetId: string, column: string) => `${datasetId}.csv#{${column}}`;

/**
 * Returns the aboutUrl of each table that a key which may be empty refers to, by dataset id. Such a key must be
 * one column referring to one column, and a table can name its rows by one column only.
 */
function rowUrlsOf(datasets: readonly Dataset[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const dataset of datasets) {
    for (const key of dataset.foreignKeys.filter((each) => !isNeverEmpty(dataset, each))) {
      const [field, referenced] = [key.fields, key.reference.fields];
      if (field.length !== 1 || referenced.length !== 1) {
        throw new Error(`${dataset.id}: the foreign key (${field.join(', ')}) may be empty and has more than one column; CSVW has no way to say it`);
      }
      const url = rowUrl(key.reference.resource, referenced[0]!);
      const existing = urls.get(key.reference.resource);
      if (existing !== undefined && existing !== url) throw new Error(`${key.reference.resource}: its rows would be named both ${existing} and ${url}`);
      urls.set(key.reference.resource, url);
    }
  }
  return urls;
}

/** Returns W3C CSV on the Web metadata for every CSV file: columns, datatypes, keys and the shared dialect. */
export function renderCsvMetadata(pkg: DataPackage, t: Strings) {
  const keyOf = (fields: string[]): string | string[] => (fields.length === 1 && fields[0] !== undefined ? fields[0] : fields);
  const rowUrls = rowUrlsOf(pkg.datasets);
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    'dc:title': pkg.title,
    'dc:description': pkg.description,
    'dc:creator': pkg.creator,
    'dc:license': { '@id': pkg.license.url },
    'dc:modified': { '@value': pkg.modified, '@type': 'xsd:date' },
    'schema:version': pkg.version,
    dialect: {
      encoding: 'utf-8',
      delimiter: CSV_DIALECT.delimiter,
      quoteChar: CSV_DIALECT.quoteChar,
      doubleQuote: CSV_DIALECT.doubleQuote,
      header: CSV_DIALECT.header,
      headerRowCount: 1,
      lineTerminators: [CSV_DIALECT.lineTerminator],
      skipInitialSpace: false,
      trim: false,
    },
    tables: pkg.datasets.map((dataset) => {
      const strongKeys = dataset.foreignKeys.filter((key) => isNeverEmpty(dataset, key));
      const weakLinks = new Map(dataset.foreignKeys.filter((key) => !isNeverEmpty(dataset, key))
        .map((key) => [key.fields[0]!, rowUrl(key.reference.resource, key.fields[0]!)]));
      const aboutUrl = rowUrls.get(dataset.id);
      return {
        url: `${dataset.id}.csv`,
        'dc:title': dataset.title,
        'dc:description': `${dataset.description} ${t('metadata.row', { row: dataset.row })}`,
        tableSchema: {
          columns: dataset.columns.map((column) => {
            const valueUrl = weakLinks.get(column.name);
            return {
              name: column.name,
              titles: column.name,
              'dc:description': describeWithUnit(column, t),
              datatype: datatypeOf(column),
              required: column.constraints.required === true,
              null: '',
              ...(valueUrl === undefined ? {} : { valueUrl }),
            };
          }),
          primaryKey: keyOf(dataset.primaryKey),
          ...(aboutUrl === undefined ? {} : { aboutUrl }),
          ...(strongKeys.length > 0
            ? {
              foreignKeys: strongKeys.map((key) => ({
                columnReference: keyOf(key.fields),
                reference: { resource: `${key.reference.resource}.csv`, columnReference: keyOf(key.reference.fields) },
              })),
            }
            : {}),
        },
      };
    }),
  };
}
