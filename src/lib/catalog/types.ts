// The one description of the published datasets. Every download, every metadata file and the catalog page
// are made from values of these types, so they cannot disagree.

/** Table Schema field types that the datasets use. */
export type FieldType = 'year' | 'integer' | 'number' | 'string' | 'boolean';

/** What a column's values are counted in; null when the column is not a quantity. */
export type Unit = 'count' | 'percent' | null;

/** One cell as published: null means "not reported" (an empty CSV cell, null in JSON). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  /** A regular expression that the whole value must match. */
  pattern?: string;
  enum?: string[];
}

export interface Column {
  /** snake_case, as in the CSV header and the JSON keys. */
  name: string;
  type: FieldType;
  unit: Unit;
  /** What the column means, in plain words. */
  description: string;
  constraints: Constraints;
  /** True for a column of figures worked out here, not reported by a source. */
  isDerived?: boolean;
}

export interface ForeignKey {
  fields: string[];
  /** `resource` is a dataset id; the same dataset for a reference within the table. */
  reference: { resource: string; fields: string[] };
}

export interface Dataset {
  /** The file name without its extension, and the Data Package resource name. */
  id: string;
  title: string;
  description: string;
  /** What one row is, in a sentence. */
  row: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: Row[];
  /** First and last year covered; null for a table that is not by year. */
  years: [number, number] | null;
  /** The sources its figures rest on; empty for the sources table itself. */
  sourceIds: string[];
}

export interface License {
  /** SPDX identifier. */
  id: string;
  title: string;
  url: string;
}

/** The data package as a whole: what every metadata format says about it. */
export interface DataPackage {
  name: string;
  title: string;
  description: string;
  keywords: string[];
  /** The site, by name: the compiler and publisher of the data. */
  creator: string;
  spatial: string;
  years: [number, number] | null;
  version: string;
  /** YYYY-MM-DD of the latest release. */
  modified: string;
  /** YYYY-MM-DD of the first release. */
  issued: string;
  license: License;
  textLicense: License;
  /** The sources of every figure, for the metadata formats that list them. */
  sources: { id: string; title: string | null; name: string | null; publisher: string | null; author: string | null; url: string | null }[];
  /** What each measure counts, for schema.org's variableMeasured. */
  measures: { id: string; label: string; description: string; unit: Exclude<Unit, null> }[];
  datasets: Dataset[];
}
