import { DETAINER_FIGURES } from '../catalog/detainer-figures.ts';
import { REQUESTS_BY_YEAR } from '../catalog/requests-by-year.ts';
import type { Column, DataPackage, FieldType } from '../catalog/types.ts';
import type { Snapshot } from '../releases/snapshots.ts';
import { dataFilePath, publicUrl, releaseFilePath } from '../urls.ts';

// Code that loads the published files, made from the one description of the datasets (src/lib/catalog/), so
// that each reader's column types follow the columns' types. The code is code: it is the same in every
// language, and only its heading and the line that explains it are UI strings.

export type SnippetId = 'python' | 'r' | 'javascript' | 'spreadsheet' | 'shell';

export interface Snippet {
  id: SnippetId;
  /** The code, as it is copied: lines joined by \n, no trailing line break. */
  code: string;
  /** Every address the code names, in order: absolute when the site's address is known, root-relative otherwise. */
  urls: string[];
  /** The release whose frozen files the code downloads, for the shell; the latest files otherwise. */
  version?: string;
}

// Each reader's type for a column. pandas reads a count with gaps as floats unless it is told Int64, its
// nullable integer; Float64 and boolean are nullable too, so an empty cell stays missing (<NA>), never 0.
const PANDAS: Record<FieldType, string | null> = { year: 'Int64', integer: 'Int64', number: 'Float64', boolean: 'boolean', string: null };
const READR: Record<FieldType, string | null> = { year: 'col_integer()', integer: 'col_integer()', number: 'col_double()', boolean: 'col_logical()', string: null };

const typed = <T>(columns: readonly Column[], types: Record<FieldType, T | null>) =>
  columns.flatMap((column) => {
    const type = types[column.type];
    return type === null ? [] : [{ name: column.name, type }];
  });

const quoted = (text: string) => JSON.stringify(text);

function python(url: string, columns: readonly Column[]): string {
  const dtype = typed(columns, PANDAS).map(({ name, type }) => `${quoted(name)}: ${quoted(type)}`).join(', ');
  return [
    'import pandas as pd',
    '',
    'figures = pd.read_csv(',
    `    ${quoted(url)},`,
    `    dtype={${dtype}},`,
    // Only an empty cell is "not reported": pandas would also read NA, None or null as missing.
    '    keep_default_na=False,',
    '    na_values=[""],',
    ')',
  ].join('\n');
}

function r(url: string, columns: readonly Column[]): string {
  return [
    'library(readr)',
    '',
    'figures <- read_csv(',
    `  ${quoted(url)},`,
    '  col_types = cols(',
    ...typed(columns, READR).map(({ name, type }) => `    ${name} = ${type},`),
    '    .default = col_character()',
    '  ),',
    // Only an empty cell is "not reported", not the text NA.
    '  na = ""',
    ')',
  ].join('\n');
}

function javascript(url: string, columns: readonly Column[]): string {
  const converted = columns.flatMap((column) => {
    if (column.type === 'boolean') return [`  ${column.name}: row.${column.name} === "true",`];
    if (column.type === 'string') return [];
    return [`  ${column.name}: number(row.${column.name}),`];
  });
  return [
    'import { csv } from "d3-fetch";',
    '',
    // Number("") is 0: an empty cell, "not reported", becomes null instead.
    'const number = (text) => (text === "" ? null : Number(text));',
    `const figures = await csv(${quoted(url)}, (row) => ({`,
    '  ...row,',
    ...converted,
    '}));',
  ].join('\n');
}

function shell(name: string, snapshot: Snapshot, site: URL | undefined): Snippet {
  const { version } = snapshot.release;
  const folder = `${name}-v${version}`;
  // The frozen files as the release's sha256sums.txt lists them, that file last.
  const urls = snapshot.files.map((file) => publicUrl(releaseFilePath(version, file.name), site));
  return {
    id: 'shell',
    version,
    code: [
      `mkdir -p ${folder} && cd ${folder}`,
      'curl -fsS --remote-name-all \\',
      ...urls.map((url, index) => `  ${url}${index < urls.length - 1 ? ' \\' : ''}`),
      'sha256sum -c sha256sums.txt',
    ].join('\n'),
    urls,
  };
}

/**
 * Returns the code that loads the latest files in Python, R, JavaScript and a spreadsheet, and the shell
 * commands that download the latest frozen release and check it against its checksums (left out when no
 * release is frozen yet, as in `astro dev` before `npm run release`).
 */
export function codeSnippets(pkg: DataPackage, snapshots: readonly Snapshot[], site: URL | undefined): Snippet[] {
  const dataset = (id: string) => {
    const found = pkg.datasets.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`No dataset ${id}`);
    return found;
  };
  const figures = dataset(DETAINER_FIGURES);
  const figuresUrl = publicUrl(dataFilePath(`${figures.id}.csv`), site);
  const byYearUrl = publicUrl(dataFilePath(`${dataset(REQUESTS_BY_YEAR).id}.csv`), site);
  const latest = snapshots.at(-1);
  return [
    { id: 'python', code: python(figuresUrl, figures.columns), urls: [figuresUrl] },
    { id: 'r', code: r(figuresUrl, figures.columns), urls: [figuresUrl] },
    { id: 'javascript', code: javascript(figuresUrl, figures.columns), urls: [figuresUrl] },
    { id: 'spreadsheet', code: `=IMPORTDATA(${quoted(byYearUrl)})`, urls: [byYearUrl] },
    ...(latest ? [shell(pkg.name, latest, site)] : []),
  ];
}
