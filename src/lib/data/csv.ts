import { invisibleCharacters, withoutInvisible } from './characters.ts';
import type { DataIssue } from './issues.ts';
import { parseRecords, type CsvRecord } from './records.ts';

/** A data row of a CSV file: its cells by column name, and its line. */
export interface CsvRow {
  line: number;
  /**
   * Trimmed cells by column name. A cell refused here is undefined (its issue is already reported); so is
   * every cell of a row whose fields could not be told apart (a quote problem, a wrong number of fields).
   */
  cells: Record<string, string | undefined>;
}

export interface CsvTable {
  /** Column name → 1-based column number, from the header row. */
  columns: Map<string, number>;
  rows: CsvRow[];
}

/**
 * Returns the rows of CSV text with exactly the expected columns (in any order), or the issues that stop
 * it being read. Every record is one line: a value may not hold a line break, so that a quote left open
 * is reported on its own line instead of swallowing the rows after it. Each problem is reported once,
 * on its line, and a row with one stays in `rows` with its cells undefined: no row disappears unnoticed.
 */
export function parseCsv(text: string, file: string, expectedColumns: readonly string[]): { table?: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const records = parseRecords(text).filter((record) => !isBlank(record, file, issues));
  const [header, ...body] = records;
  if (!header) {
    if (issues.length > 0) return { issues };
    return { issues: [{ file, expected: `expected a header row (${expectedColumns.join(',')}) and data rows, found an empty file` }] };
  }
  const names = readHeader(header, expectedColumns, file, issues);
  if (!names) return { issues };
  if (body.length === 0 && issues.length === 0) {
    return { issues: [{ file, line: header.line, expected: 'expected at least one data row after the header, found none' }] };
  }
  const rows = body.map((record) => ({ line: record.line, cells: readCells(record, names, file, issues) }));
  return { table: { columns: new Map(names.map((name, index) => [name, index + 1])), rows }, issues };
}

/** Reports invisible characters on an otherwise blank line; returns true for a blank line, which is not a row. */
function isBlank(record: CsvRecord, file: string, issues: DataIssue[]): boolean {
  if (record.quote || !record.fields.every((field) => withoutInvisible(field).trim() === '')) return false;
  record.fields.forEach((field, index) => issues.push(...characterIssues(field, { file, line: record.line, column: index + 1 })));
  return true;
}

const OTHER_SEPARATORS = [[';', 'semicolons'], ['\t', 'tabs']] as const;

/** Returns the trimmed column names of a good header row; reports every problem with it and returns undefined otherwise. */
function readHeader(record: CsvRecord, expected: readonly string[], file: string, issues: DataIssue[]): string[] | undefined {
  if (record.quote) {
    issues.push(quoteIssue(record, undefined, file));
    return undefined;
  }
  const line = record.line;
  // A file saved with another separator is one mistake, not one per missing column.
  const [only] = record.fields;
  const separator = record.fields.length === 1 && only !== undefined ? OTHER_SEPARATORS.find(([character]) => only.includes(character)) : undefined;
  if (separator && only !== undefined) {
    issues.push({ file, line, field: 'header', expected: `expected the columns separated by commas, not by ${separator[1]}`, found: only });
    return undefined;
  }
  const before = issues.length;
  const names = record.fields.map((field, index) => {
    const at = { file, line, column: index + 1, field: 'header' };
    issues.push(...characterIssues(field, at), ...spaceBeforeQuoteIssues(field, at));
    // Checked as if without the characters just reported, so that "<U+200B>year" is not also reported as a
    // column too many and "year" as missing.
    return withoutInvisible(field).trim().replace(/^"(.*)"$/, '$1');
  });
  names.forEach((name, index) => {
    const at = { file, line, column: index + 1, field: 'header' };
    if (!expected.includes(name)) issues.push({ ...at, expected: `expected one of the columns ${expected.join(', ')}`, found: name });
    else if (names.indexOf(name) !== index) issues.push({ ...at, expected: 'expected each column once', found: name });
  });
  for (const name of expected) {
    if (!names.includes(name)) issues.push({ file, line, field: 'header', expected: `expected a column named "${name}", found none` });
  }
  return issues.length === before ? names : undefined;
}

/** Returns the trimmed cells of a data row by column name, undefined where a cell (or the whole row) has a problem, which is reported. */
function readCells(record: CsvRecord, names: string[], file: string, issues: DataIssue[]): Record<string, string | undefined> {
  const refused = Object.fromEntries(names.map((name) => [name, undefined]));
  const line = record.line;
  if (record.quote) {
    issues.push(quoteIssue(record, names, file));
    return refused;
  }
  const broken = record.fields.findIndex((field) => field.includes('\n'));
  if (broken >= 0) {
    issues.push({ ...placeOf(file, line, broken, names), expected: 'expected a value on one line, with no line break in it (the site shows each value on one line)', found: record.fields[broken] ?? '' });
    return refused;
  }
  if (record.fields.length === names.length && record.fields.every((field, index) => field.trim() === names[index])) {
    issues.push({ file, line, expected: 'expected a data row, found the header row again' });
    return refused;
  }
  const cellIssues = record.fields.map((field, index) => {
    const at = placeOf(file, line, index, record.fields.length === names.length ? names : []);
    return [...characterIssues(field, at), ...spaceBeforeQuoteIssues(field, at)];
  });
  issues.push(...cellIssues.flat());
  if (record.fields.length !== names.length) {
    // A space before a quoted value that holds a comma splits it: the space is the mistake to report, not the count.
    const isExplained = record.fields.some((field) => SPACE_BEFORE_QUOTE.test(field));
    if (!isExplained) issues.push({ file, line, expected: `expected ${names.length} fields, as in the header`, found: `${record.fields.length} fields` });
    return refused;
  }
  return Object.fromEntries(names.map((name, index) => [name, cellIssues[index]?.length ? undefined : record.fields[index]?.trim()]));
}

function placeOf(file: string, line: number, index: number, names: string[]) {
  const field = names[index];
  return { file, line, column: index + 1, ...(field === undefined ? {} : { field }) };
}

function quoteIssue(record: CsvRecord, names: string[] | undefined, file: string): DataIssue {
  const { column, text, isClosed } = record.quote ?? { column: 1, text: '', isClosed: false };
  const at = names ? placeOf(file, record.line, column - 1, names) : { file, line: record.line, column, field: 'header' };
  const expected = isClosed
    ? 'expected a comma or the end of the line after a closing quote (a quote inside a quoted value is written "")'
    : 'expected a closing quote on the same line (a value cannot run on over several lines)';
  return { ...at, expected, found: text };
}

function characterIssues(field: string, at: Omit<DataIssue, 'expected'>): DataIssue[] {
  const found = invisibleCharacters(field);
  if (found.length === 0) return [];
  const shown = found.slice(0, 3).map(({ code, position }) => `${code} at character ${position}`);
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  return [{ ...at, expected: `expected no invisible or control characters (${shown.join(', ')}${more})`, found: field }];
}

// Papa reads a value that starts with a space and then a quote as unquoted, so the quote marks would be kept
// as text (and a comma inside would split the value).
const SPACE_BEFORE_QUOTE = /^\s+"/;

function spaceBeforeQuoteIssues(field: string, at: Omit<DataIssue, 'expected'>): DataIssue[] {
  if (!SPACE_BEFORE_QUOTE.test(field)) return [];
  return [{ ...at, expected: 'expected no space before an opening quote (remove it, or the quote marks become part of the text)', found: field }];
}
