import type { Strings } from '../catalog/common.ts';
import type { Column, DataPackage } from '../catalog/types.ts';
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

/** Returns W3C CSV on the Web metadata for every CSV file: columns, datatypes, keys and the shared dialect. */
export function renderCsvMetadata(pkg: DataPackage, t: Strings) {
  const keyOf = (fields: string[]) => (fields.length === 1 ? fields[0] : fields);
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
    tables: pkg.datasets.map((dataset) => ({
      url: `${dataset.id}.csv`,
      'dc:title': dataset.title,
      'dc:description': `${dataset.description} ${t('metadata.row', { row: dataset.row })}`,
      tableSchema: {
        columns: dataset.columns.map((column) => ({
          name: column.name,
          titles: column.name,
          'dc:description': describeWithUnit(column, t),
          datatype: datatypeOf(column),
          required: column.constraints.required === true,
          null: '',
        })),
        primaryKey: keyOf(dataset.primaryKey),
        ...(dataset.foreignKeys.length > 0
          ? {
            foreignKeys: dataset.foreignKeys.map((key) => ({
              columnReference: keyOf(key.fields),
              reference: { resource: `${key.reference.resource}.csv`, columnReference: keyOf(key.reference.fields) },
            })),
          }
          : {}),
      },
    })),
  };
}
