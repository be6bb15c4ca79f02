import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFigures, type FigureDraft } from './figures.ts';
import { DataError, type DataIssue } from './issues.ts';
import type { Agency, Measure, Release, SiteData, Source } from './model.ts';
import { checkMeasureLinks, checkReleases, checkSourceDates, checkSourceLinks, checkSourceTitles, checkUniqueIds } from './rules.ts';
import { agencyRow, figureRow, measureRow, releaseRow, sourceRow } from './schemas.ts';
import { displayPath, readTable } from './table.ts';
import { readTerms } from './terms.ts';
import { readTranslations } from './translations.ts';

export interface LoadOptions {
  /** The data folder; defaults to $DATA_DIR, then to data/ in the working directory. */
  dataDir?: string;
  /** The day the check runs, for the rules against a future year, source date or release; defaults to now. */
  today?: Date;
}

/** Returns the absolute path of the data folder that `options` select. */
export function dataDirectory(options: LoadOptions = {}): string {
  return resolve(options.dataDir ?? process.env['DATA_DIR'] ?? 'data');
}

/** Returns the validated data, or null with every issue found in every file, in file and line order. */
export function validateData(options: LoadOptions = {}): { data: SiteData | null; issues: DataIssue[]; untranslated: DataIssue[] } {
  const dir = dataDirectory(options);
  if (!isDirectory(dir)) return { data: null, issues: [{ file: displayPath(dir), expected: 'expected a folder holding the data files, found none' }], untranslated: [] };
  const issues: DataIssue[] = [];
  // Each mapping is given the fields that passed their checks, undefined for the others (see readTable).
  const sources = readTable<typeof sourceRow, Source>(dir, 'sources.csv', sourceRow, (row) => ({
    id: row.id, type: row.type, title: row.title, name: row.name, shortTitle: row.short_title, publisher: row.publisher, author: row.author,
    published: row.published, dateNote: row.date_note, url: row.url, via: row.via, description: row.description,
  }), issues);
  const agencies = readTable<typeof agencyRow, Agency>(dir, 'agencies.csv', agencyRow, (row) => ({ id: row.id, name: row.name }), issues);
  const measures = readTable<typeof measureRow, Measure>(dir, 'measures.csv', measureRow, (row) => ({
    id: row.id, unit: row.unit, shareOf: row.share_of, label: row.label, shortLabel: row.short_label, description: row.description,
  }), issues);
  const drafts = readTable<typeof figureRow, FigureDraft>(
    dir,
    'figures.csv',
    figureRow,
    (row) => ({ year: row.year, measure: row.measure, reportedBy: row.reported_by, value: row.value, sourceId: row.source_id, note: row.note }),
    issues,
  );
  const releases = readTable<typeof releaseRow, Release>(dir, 'releases.csv', releaseRow, (row) => ({ version: row.version, date: row.date, changes: row.changes }), issues);
  const today = options.today ?? new Date();
  const isoToday = today.toISOString().slice(0, 10);
  issues.push(...checkUniqueIds(sources), ...checkUniqueIds(agencies), ...checkUniqueIds(measures));
  issues.push(...checkSourceTitles(sources), ...checkSourceLinks(sources), ...checkSourceDates(sources, isoToday), ...checkMeasureLinks(measures));
  issues.push(...checkReleases(releases, isoToday));
  const figures = checkFigures(drafts, { sources, agencies, measures, thisYear: today.getUTCFullYear() }, issues);
  // Text cells not translated yet are shown in English (see translations.ts): listed, never an error.
  const untranslated: DataIssue[] = [];
  const translations = readTranslations(dir, { sources, agencies, measures, figures: drafts, releases }, issues, untranslated);
  const terms = readTerms(dir, issues);

  if (issues.length > 0) return { data: null, issues: sortByPlace(issues), untranslated };
  return { data: { sources: sources.rows, agencies: agencies.rows, measures: measures.rows, figures, releases: releases.rows, translations, terms }, issues: [], untranslated: sortByPlace(untranslated) };
}

/** Returns the validated data; throws a DataError listing every issue if there is any. */
export function loadData(options: LoadOptions = {}): SiteData {
  const { data, issues } = validateData(options);
  if (!data) throw new DataError(issues);
  return data;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sortByPlace(issues: DataIssue[]): DataIssue[] {
  const fileOrder = [...new Set(issues.map((issue) => issue.file))];
  return issues.toSorted(
    (a, b) =>
      fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
