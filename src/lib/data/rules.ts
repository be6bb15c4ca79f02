import { group } from 'd3-array';
import type { DataIssue } from './issues.ts';
import type { Agency, Figure, Measure, Release, Source } from './model.ts';
import { valueOf } from './schemas.ts';
import { issueAt, type Table } from './table.ts';

// Rules that a row schema cannot check alone: references between files, and rules across rows.

/** A figure row whose value is still text, until its measure's unit is known. */
export type FigureDraft = Omit<Figure, 'value'> & { value: string };

/** Returns an issue for every id used by more than one row. */
export function checkUniqueIds(table: Table<{ id: string; line: number }>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [id, rows] of group(table.rows, (row) => row.id)) {
    const [first, ...repeats] = rows;
    for (const row of repeats) {
      issues.push(issueAt(table, row.line, 'id', `expected each id once; line ${first?.line} already uses it`, id));
    }
  }
  return issues;
}

/** Returns an issue for every source that gives both a published title and a name of ours, or neither. */
export function checkSourceTitles(sources: Table<Source>): DataIssue[] {
  return sources.rows.flatMap((source) => {
    if (source.title !== null && source.name !== null) {
      return [issueAt(sources, source.line, 'name', 'expected nothing when the title as published is given', source.name)];
    }
    if (source.title === null && source.name === null) {
      return [issueAt(sources, source.line, 'title', 'expected the title as published, or, when the source has no known title, a name in the name column')];
    }
    return [];
  });
}

/** Returns an issue for every `via` that names no other source. */
export function checkSourceLinks(sources: Table<Source>): DataIssue[] {
  const ids = new Set(sources.rows.map((source) => source.id));
  return sources.rows
    .filter((source) => source.via !== null && (source.via === source.id || !ids.has(source.via)))
    .map((source) => issueAt(sources, source.line, 'via', 'expected the id of another source in this file', source.via ?? ''));
}

/** Returns an issue for every percentage without a count to be a share of, and every count with one. */
export function checkMeasureLinks(measures: Table<Measure>): DataIssue[] {
  const counts = new Set(measures.rows.filter((measure) => measure.unit === 'count').map((measure) => measure.id));
  const issues: DataIssue[] = [];
  for (const measure of measures.rows) {
    if (measure.unit === 'percent' && (measure.shareOf === null || !counts.has(measure.shareOf))) {
      const expected = `expected the id of the count measure this percentage is a share of (${[...counts].join(', ')})`;
      issues.push(issueAt(measures, measure.line, 'share_of', expected, measure.shareOf ?? ''));
    }
    if (measure.unit === 'count' && measure.shareOf !== null) {
      issues.push(issueAt(measures, measure.line, 'share_of', 'expected nothing for a count measure', measure.shareOf));
    }
  }
  return issues;
}

interface Context {
  sources: Table<Source>;
  agencies: Table<Agency>;
  measures: Table<Measure>;
  /** The latest year a figure may be for: figures are reported after the fact. */
  thisYear: number;
}

/** Checks every figure against the other files and the other figures; returns the figures that pass. */
export function checkFigures(drafts: Table<FigureDraft>, context: Context, issues: DataIssue[]): Figure[] {
  const measures = new Map(context.measures.rows.map((measure) => [measure.id, measure]));
  const agencyIds = context.agencies.rows.map((agency) => agency.id);
  const sourceIds = context.sources.rows.map((source) => source.id);
  const figures: Figure[] = [];
  const before = issues.length;

  for (const draft of drafts.rows) {
    const at = (field: string, expected: string, found: string) => issues.push(issueAt(drafts, draft.line, field, expected, found));
    if (draft.year > context.thisYear) at('year', `expected a year no later than ${context.thisYear}`, String(draft.year));
    if (context.agencies.isReadable && !agencyIds.includes(draft.reportedBy)) at('reported_by', `expected an agency id from ${context.agencies.file} (${agencyIds.join(', ')})`, draft.reportedBy);
    if (context.sources.isReadable && !sourceIds.includes(draft.sourceId)) at('source_id', `expected a source id from ${context.sources.file} (${sourceIds.join(', ')})`, draft.sourceId);
    const measure = measures.get(draft.measure);
    if (!measure) {
      if (context.measures.isReadable) at('measure', `expected a measure id from ${context.measures.file} (${[...measures.keys()].join(', ')})`, draft.measure);
      continue;
    }
    const value = valueOf(measure.unit).safeParse(draft.value);
    if (!value.success) {
      for (const problem of value.error.issues) at('value', problem.message, draft.value);
      continue;
    }
    figures.push({ ...draft, value: value.data });
  }

  issues.push(...checkDuplicates(drafts), ...checkSharesHaveTotals(figures, measures, drafts));
  return issues.length === before ? figures : [];
}

const keyOf = (figure: { year: number; measure: string; reportedBy: string }) =>
  `${figure.year} ${figure.measure} reported by ${figure.reportedBy}`;

function checkDuplicates(drafts: Table<FigureDraft>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const [key, rows] of group(drafts.rows, keyOf)) {
    const [first, ...repeats] = rows;
    for (const row of repeats) {
      const expected = `expected one row for ${key}; line ${first?.line} already gives it`;
      issues.push(issueAt(drafts, row.line, 'year', expected, String(row.year)));
    }
  }
  return issues;
}

function checkSharesHaveTotals(figures: Figure[], measures: Map<string, Measure>, drafts: Table<FigureDraft>): DataIssue[] {
  const reported = new Set(figures.filter((figure) => figure.value !== null).map(keyOf));
  const issues: DataIssue[] = [];
  for (const figure of figures) {
    const base = measures.get(figure.measure)?.shareOf;
    if (!base || figure.value === null) continue;
    if (!reported.has(keyOf({ ...figure, measure: base }))) {
      const expected = `expected a ${base} figure for ${figure.year} reported by ${figure.reportedBy} to be the base of this share, found none`;
      issues.push(issueAt(drafts, figure.line, 'measure', expected));
    }
  }
  return issues;
}

/** Returns an issue for every release that repeats a version, does not match its date, is dated after today or is out of order. */
export function checkReleases(releases: Table<Release>, today: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  let previous: Release | undefined;
  for (const release of releases.rows) {
    const at = (field: string, expected: string, found: string) => issues.push(issueAt(releases, release.line, field, expected, found));
    const first = seen.get(release.version);
    if (first !== undefined) at('version', `expected each version once; line ${first} already uses it`, release.version);
    seen.set(release.version, release.line);
    const dotted = release.date.replaceAll('-', '.');
    if (release.version !== dotted && !release.version.startsWith(`${dotted}.`)) {
      at('version', `expected the version to be the release date with dots, ${dotted}`, release.version);
    }
    if (release.date > today) at('date', `expected a date no later than today, ${today}`, release.date);
    if (previous && first === undefined && compareVersions(release.version, previous.version) <= 0) {
      at('version', `expected releases oldest first: this one after ${previous.version} on line ${previous.line}`, release.version);
    }
    previous = release;
  }
  return issues;
}

/** Orders versions by date, then by the same-day number (a version without one is the day's first). */
export function compareVersions(a: string, b: string): number {
  const key = (version: string) => {
    const [year = 0, month = 0, day = 0, sameDay = 1] = version.split('.').map(Number);
    return [year, month, day, sameDay];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return 0;
}
