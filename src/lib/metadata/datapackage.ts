import type { DataPackage } from '../catalog/types.ts';
import { titleOrName } from '../data/model.ts';
import type { Strings } from '../catalog/common.ts';
import { CSV_NEWLINE } from '../downloads/csv.ts';
import { tableSchema } from './table-schema.ts';

/** The bytes and checksum of a published CSV file, which its resource states. */
export interface FileFacts {
  name: string;
  size: number;
  sha256: string;
}

/** The CSV dialect of every download: what datapackage.json and csv-metadata.json both declare. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: CSV_NEWLINE, quoteChar: '"', doubleQuote: true, header: true } as const;

/**
 * Returns the Frictionless (tabular) Data Package: one resource per CSV file with its Table Schema, size and
 * SHA-256, the license and the sources. Paths are relative, so the same file describes a frozen release.
 */
export function renderDataPackage(pkg: DataPackage, csvFiles: readonly FileFacts[], t: Strings) {
  const sourceOf = (id: string) => pkg.sources.find((source) => source.id === id);
  const frictionlessSource = (id: string) => {
    const source = sourceOf(id);
    return source ? { title: titleOrName(source), ...(source.url ? { path: source.url } : {}) } : { title: id };
  };
  return {
    profile: 'tabular-data-package',
    name: pkg.name,
    title: pkg.title,
    description: pkg.description,
    version: pkg.version,
    keywords: pkg.keywords,
    licenses: [{ name: pkg.license.id, path: pkg.license.url, title: pkg.license.title }],
    contributors: [{ title: pkg.creator, role: 'publisher' }],
    sources: pkg.sources.map((source) => frictionlessSource(source.id)),
    resources: pkg.datasets.map((dataset) => {
      const file = csvFiles.find((candidate) => candidate.name === `${dataset.id}.csv`);
      if (!file) throw new Error(`No CSV file for dataset ${dataset.id}`);
      return {
        profile: 'tabular-data-resource',
        name: dataset.id,
        path: file.name,
        title: dataset.title,
        description: `${dataset.description} ${t('metadata.row', { row: dataset.row })}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: file.size,
        hash: `sha256:${file.sha256}`,
        dialect: CSV_DIALECT,
        schema: tableSchema(dataset, t),
        ...(dataset.sourceIds.length > 0 ? { sources: dataset.sourceIds.map(frictionlessSource) } : {}),
      };
    }),
  };
}
