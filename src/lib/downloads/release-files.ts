import { createHash } from 'node:crypto';
import type { Strings } from '../catalog/common.ts';
import type { DataPackage } from '../catalog/types.ts';
import { renderCsvMetadata } from '../metadata/csvw.ts';
import { renderDataPackage } from '../metadata/datapackage.ts';
import { formatCsv } from './csv.ts';
import { formatJson, formatJsonRows } from './json.ts';

export const DATAPACKAGE = 'datapackage.json';
export const CSV_METADATA = 'csv-metadata.json';
export const CHECKSUMS = 'sha256sums.txt';

/** One file of a release, as published under /data/ and frozen under /data/v<version>/. */
export interface PublishedFile {
  name: string;
  format: 'CSV' | 'JSON' | 'ZIP' | 'Markdown' | 'text';
  mediaType: string;
  /** The dataset whose rows it holds; null for a metadata file. */
  datasetId: string | null;
  bytes: Uint8Array<ArrayBuffer>;
  size: number;
  sha256: string;
}

const encoder = new TextEncoder();

const FORMATS = {
  csv: { format: 'CSV', mediaType: 'text/csv' },
  json: { format: 'JSON', mediaType: 'application/json' },
  zip: { format: 'ZIP', mediaType: 'application/zip' },
  md: { format: 'Markdown', mediaType: 'text/markdown' },
  txt: { format: 'text', mediaType: 'text/plain' },
} as const;

/** Returns a file of a release from its text or bytes, with its size and SHA-256. */
export function publishedFile(name: string, content: string | Uint8Array<ArrayBuffer>, datasetId: string | null = null): PublishedFile {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const { format, mediaType } = FORMATS[(/\.([a-z]+)$/.exec(name)?.[1] ?? 'txt') as keyof typeof FORMATS] ?? FORMATS.txt;
  return { name, format, mediaType, datasetId, bytes, size: bytes.byteLength, sha256: sha256Of(bytes) };
}

/** Returns the hex SHA-256 of some bytes. */
export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Returns the data files of the release that `pkg` describes: a CSV and a JSON file per dataset, the Data
 * Package and the CSV on the Web metadata. src/lib/downloads/release-set.ts adds the README, the ZIP and the
 * checksums, which name the release.
 */
export function dataFiles(pkg: DataPackage, t: Strings): PublishedFile[] {
  const data = pkg.datasets.flatMap((dataset) => [
    publishedFile(`${dataset.id}.csv`, formatCsv(dataset.columns, dataset.rows), dataset.id),
    publishedFile(`${dataset.id}.json`, formatJsonRows(dataset.columns, dataset.rows), dataset.id),
  ]);
  const csvFiles = data.filter((file) => file.format === 'CSV');
  return [
    ...data,
    publishedFile(DATAPACKAGE, formatJson(renderDataPackage(pkg, csvFiles, t))),
    publishedFile(CSV_METADATA, formatJson(renderCsvMetadata(pkg, t))),
  ];
}

/**
 * Returns the sha256sums.txt of some files: one line per file, in their order, `<hex SHA-256>  <name>`, the
 * format that `sha256sum -c` reads.
 */
export function checksumsFile(files: readonly Pick<PublishedFile, 'name' | 'sha256'>[]): PublishedFile {
  return publishedFile(CHECKSUMS, files.map((file) => `${file.sha256}  ${file.name}\n`).join(''));
}
