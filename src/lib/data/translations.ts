import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, localeEntry, type Locale } from '../i18n/locales.ts';
import type { DataIssue } from './issues.ts';
import type { Agency, Figure, Measure, Release, SiteData, Source } from './model.ts';
import { displayPath, issueAt, readTable, type Table } from './table.ts';

// The data's own words in other languages: data/translations/<locale>.csv, one file per language of
// src/lib/i18n/locales.ts but English, one row per translated cell. Ids, numbers and titles as published are
// never translated. A row that names a file or column that has no text to translate, or a cell twice, stops the
// build. A cell with no translation yet (a new year's note, say) is shown in English on that language's pages and
// listed by `npm run check:data` at the English cell, so that adding a year stays one row and one command; so is a
// translation of a cell that no longer exists or is empty, which is shown nowhere.

/** The columns whose text the pages show, by file; figures.csv rows are keyed "year measure reported_by". */
export const TRANSLATABLE = {
  'measures.csv': ['label', 'short_label', 'description'],
  'agencies.csv': ['name'],
  'sources.csv': ['name', 'short_title', 'description', 'date_note'],
  'figures.csv': ['note'],
  'releases.csv': ['changes'],
} as const satisfies Record<string, readonly string[]>;
type TranslatableFile = keyof typeof TRANSLATABLE;
const FILES = Object.keys(TRANSLATABLE) as TranslatableFile[];

const translationRow = z.object({
  file: z.enum(FILES, `expected one of ${FILES.join(', ')}`),
  key: z.string().min(1, "expected the row's id (for figures.csv: year measure reported_by)"),
  column: z.string().min(1, 'expected the name of the translated column'),
  text: z.string().min(1, 'expected the translated text').max(500, 'expected a text of at most 500 characters'),
});

interface TranslationRow {
  line: number;
  file: TranslatableFile;
  key: string;
  column: string;
  text: string;
}

/** A language's translations of the data's text cells, by `file|key|column`. */
export type Translations = Map<string, string>;

const cellKey = (file: string, key: string, column: string) => `${file}|${key}|${column}`;
export const figureKey = (figure: Pick<Figure, 'year' | 'measure' | 'reportedBy'>) => `${figure.year} ${figure.measure} ${figure.reportedBy}`;

/** The English tables, as the loader read them. */
export interface EnglishTables {
  sources: Table<Source>;
  agencies: Table<Agency>;
  measures: Table<Measure>;
  figures: Table<Omit<Figure, 'value'> & { value: string }>;
  releases: Table<Release>;
}

/** Returns each English text cell the pages show: where it is, and its text (null when empty). */
function englishCells(tables: EnglishTables) {
  const cell = <T extends { line: number }>(table: Table<T>, file: TranslatableFile, keyOf: (row: T) => string, column: string, value: (row: T) => string | null | undefined) =>
    table.drafts.map((row) => ({ table, file, key: keyOf(row as T), column, line: row.line, text: value(row as T) }));
  return [
    ...cell(tables.measures, 'measures.csv', (row) => row.id, 'label', (row) => row.label),
    ...cell(tables.measures, 'measures.csv', (row) => row.id, 'short_label', (row) => row.shortLabel),
    ...cell(tables.measures, 'measures.csv', (row) => row.id, 'description', (row) => row.description),
    ...cell(tables.agencies, 'agencies.csv', (row) => row.id, 'name', (row) => row.name),
    ...cell(tables.sources, 'sources.csv', (row) => row.id, 'name', (row) => row.name),
    ...cell(tables.sources, 'sources.csv', (row) => row.id, 'short_title', (row) => row.shortTitle),
    ...cell(tables.sources, 'sources.csv', (row) => row.id, 'description', (row) => row.description),
    ...cell(tables.sources, 'sources.csv', (row) => row.id, 'date_note', (row) => row.dateNote),
    ...cell(tables.figures, 'figures.csv', figureKey, 'note', (row) => row.note),
    ...cell(tables.releases, 'releases.csv', (row) => row.version, 'changes', (row) => row.changes),
  ];
}

/** Reads and checks the translations of every language; returns them by language, and adds every problem to `issues`. */
export function readTranslations(dir: string, tables: EnglishTables, issues: DataIssue[], untranslated: DataIssue[]): Partial<Record<Locale, Translations>> {
  const result: Partial<Record<Locale, Translations>> = {};
  for (const { key: locale } of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    // A language just added has no data labels yet: its pages show them in English, and check:data says so.
    const path = join(dir, 'translations', `${locale}.csv`);
    if (!existsSync(path)) {
      untranslated.push({ file: displayPath(path), expected: `expected the data's labels in ${localeEntry(locale).name}, found no file yet: every one is shown in English` });
      result[locale] = new Map();
      continue;
    }
    const table = readTable<typeof translationRow, TranslationRow>(dir, `translations/${locale}.csv`, translationRow, (row) => ({ file: row.file, key: row.key, column: row.column, text: row.text }), issues);
    result[locale] = checkTranslations(locale, table, tables, issues, untranslated);
  }
  return result;
}

function checkTranslations(locale: Locale, table: Table<TranslationRow>, tables: EnglishTables, issues: DataIssue[], untranslated: DataIssue[]): Translations {
  const cells = englishCells(tables);
  const english = new Map(cells.map((cell) => [cellKey(cell.file, cell.key, cell.column), cell]));
  const translations: Translations = new Map();
  const lines = new Map<string, number>();
  for (const row of table.rows) {
    const at = (field: string, expected: string, found: string) => issues.push(issueAt(table, row.line, field, expected, found));
    const id = cellKey(row.file, row.key, row.column);
    const columns: readonly string[] = TRANSLATABLE[row.file];
    const cell = english.get(id);
    const notice = (field: string, expected: string, found: string) => untranslated.push(issueAt(table, row.line, field, expected, found));
    if (!columns.includes(row.column)) at('column', `expected a column of ${row.file} that the pages show (${columns.join(', ')})`, row.column);
    else if (lines.has(id)) at('key', `expected one translation of each cell; line ${lines.get(id)} already gives it`, row.key);
    else if (!cell) notice('key', `expected the id of a row of ${row.file}${row.file === 'figures.csv' ? ' (year measure reported_by)' : ''}; this translation is shown nowhere`, row.key);
    else if (cell.text === null || cell.text === undefined) notice('text', `expected nothing: ${row.file} line ${cell.line} leaves ${row.column} empty; this translation is shown nowhere`, row.text);
    else {
      lines.set(id, row.line);
      translations.set(id, row.text);
    }
  }
  // A translations file that could not be read is reported once, not once per cell.
  if (!table.isReadable) return translations;
  const name = localeEntry(locale).name;
  for (const cell of cells) {
    if (cell.text === null || cell.text === undefined || translations.has(cellKey(cell.file, cell.key, cell.column))) continue;
    const expected = `expected its ${name} version in ${table.file} (${cell.file},${cell.key},${cell.column},…), found none`;
    untranslated.push(issueAt(cell.table, cell.line, cell.column, expected));
  }
  return translations;
}

/** Returns the data with its text cells in a language; ids, numbers and titles as published stay as they are. */
export function localizeData(data: SiteData, locale: Locale): SiteData {
  const translations = data.translations[locale];
  if (locale === DEFAULT_LOCALE || !translations) return data;
  const tr = (file: TranslatableFile, key: string, column: string, text: string | null) =>
    text === null ? null : translations.get(cellKey(file, key, column)) ?? text;
  const must = (file: TranslatableFile, key: string, column: string, text: string) => tr(file, key, column, text) ?? text;
  return {
    ...data,
    measures: data.measures.map((measure) => ({
      ...measure,
      label: must('measures.csv', measure.id, 'label', measure.label),
      shortLabel: must('measures.csv', measure.id, 'short_label', measure.shortLabel),
      description: must('measures.csv', measure.id, 'description', measure.description),
    })),
    agencies: data.agencies.map((agency) => ({ ...agency, name: must('agencies.csv', agency.id, 'name', agency.name) })),
    sources: data.sources.map((source) => ({
      ...source,
      name: tr('sources.csv', source.id, 'name', source.name),
      shortTitle: must('sources.csv', source.id, 'short_title', source.shortTitle),
      description: must('sources.csv', source.id, 'description', source.description),
      dateNote: tr('sources.csv', source.id, 'date_note', source.dateNote),
    })),
    figures: data.figures.map((figure) => ({ ...figure, note: tr('figures.csv', figureKey(figure), 'note', figure.note) })),
    releases: data.releases.map((release) => ({ ...release, changes: must('releases.csv', release.version, 'changes', release.changes) })),
  };
}
