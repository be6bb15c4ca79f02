import { group } from 'd3-array';
import type { DataIssue } from './issues.ts';
import type { Agency, Figure, Measure, Source } from './model.ts';
import { firstById } from './rules.ts';
import { issueAt, knownValues, type Draft, type Table } from './table.ts';
import { parseAnyValue, parseValue } from './values.ts';

// The rules for figures.csv that need the other files or the other figures. Like those in rules.ts, they
// read every row as far as it could be read, and skip what needs a field that was refused.

/** A figure row whose value is still text, until its measure's unit is known. */
export type FigureDraft = Omit<Figure, 'value'> & { value: string };

interface Context {
  sources: Table<Source>;
  agencies: Table<Agency>;
  measures: Table<Measure>;
  /** The latest year a figure may be for: figures are reported after the fact. */
  thisYear: number;
}

/** Checks every figure against the other files and the other figures; returns the figures if none has a problem. */
export function checkFigures(figures: Table<FigureDraft>, context: Context, issues: DataIssue[]): Figure[] {
  const measures = firstById(context.measures.drafts);
  const ids = { measure: knownValues(context.measures, 'id'), agency: knownValues(context.agencies, 'id'), source: knownValues(context.sources, 'id') };
  const checked: Figure[] = [];
  const before = issues.length;

  for (const draft of figures.drafts) {
    const at = (field: string, expected: string, found: string) => issues.push(issueAt(figures, draft.line, field, expected, found));
    const { year, measure, reportedBy, sourceId } = draft;
    if (year !== undefined && year > context.thisYear) at('year', `expected a year no later than ${context.thisYear}`, String(year));
    if (reportedBy !== undefined && ids.agency && !ids.agency.has(reportedBy)) {
      at('reported_by', `expected an agency id from ${context.agencies.file} (${[...ids.agency].join(', ')})`, reportedBy);
    }
    if (sourceId !== undefined && ids.source && !ids.source.has(sourceId)) {
      at('source_id', `expected a source id from ${context.sources.file} (${[...ids.source].join(', ')})`, sourceId);
    }
    if (measure !== undefined && ids.measure && !ids.measure.has(measure)) {
      at('measure', `expected a measure id from ${context.measures.file} (${[...ids.measure].join(', ')})`, measure);
    }
    // With the measure unknown, the value is still checked against what either unit allows.
    const unit = measure === undefined ? undefined : measures.get(measure)?.unit;
    const value = draft.value === undefined ? undefined : unit ? parseValue(unit, draft.value) : parseAnyValue(draft.value);
    if (value && 'expected' in value) at('value', value.expected, draft.value ?? '');
    if (value && 'value' in value && isComplete(draft)) checked.push({ ...draft, value: value.value });
  }

  issues.push(...checkDuplicates(figures), ...checkSharesHaveTotals(figures, measures));
  return issues.length === before ? checked : [];
}

const isComplete = <T extends { line: number }>(draft: Draft<T>): draft is Draft<T> & T =>
  Object.values(draft).every((field) => field !== undefined);

const keyOf = (figure: { year: number; measure: string; reportedBy: string }) =>
  `${figure.year} ${figure.measure} reported by ${figure.reportedBy}`;

function checkDuplicates(figures: Table<FigureDraft>): DataIssue[] {
  const issues: DataIssue[] = [];
  const keyed = figures.drafts.flatMap(({ year, measure, reportedBy, line }) =>
    year === undefined || measure === undefined || reportedBy === undefined ? [] : [{ year, measure, reportedBy, line }]);
  for (const [key, rows] of group(keyed, keyOf)) {
    const [first, ...repeats] = rows;
    for (const row of repeats) {
      const expected = `expected one row for ${key}; line ${first?.line} already gives it`;
      issues.push(issueAt(figures, row.line, 'year', expected, String(row.year)));
    }
  }
  return issues;
}

/**
 * Returns an issue for every reported share with no reported count of its base. A row that may be that
 * count but could not be read in full (its year, measure, agency or value refused) counts as there: its own
 * problem is reported, and "found none" would send the reader to look for a row that is there.
 */
function checkSharesHaveTotals(figures: Table<FigureDraft>, measures: Map<string, Draft<Measure>>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const share of figures.drafts) {
    const base = share.measure === undefined ? undefined : measures.get(share.measure)?.shareOf;
    const baseUnit = base ? measures.get(base)?.unit : undefined;
    const value = share.value === undefined ? undefined : parseValue('percent', share.value);
    if (!base || !baseUnit || share.year === undefined || share.reportedBy === undefined || !value || !('value' in value) || value.value === null) continue;
    const { year, reportedBy } = share;
    const candidates = figures.drafts.filter((row) =>
      (row.year ?? year) === year && (row.measure ?? base) === base && (row.reportedBy ?? reportedBy) === reportedBy);
    const values = candidates.map((row) =>
      row.year === undefined || row.measure === undefined || row.reportedBy === undefined || row.value === undefined ? undefined : parseValue(baseUnit, row.value));
    if (values.some((candidate) => !candidate || 'expected' in candidate || candidate.value !== null)) continue;
    const empty = candidates[0] ? `: line ${candidates[0].line} leaves it empty (not reported)` : '';
    const expected = `expected a ${base} figure for ${year} reported by ${reportedBy} to be the base of this share, found none${empty}`;
    issues.push(issueAt(figures, share.line, 'measure', expected));
  }
  return issues;
}
