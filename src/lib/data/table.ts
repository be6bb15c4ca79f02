import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { parseCsv } from './csv.ts';
import { readText } from './files.ts';
import type { DataIssue } from './issues.ts';

/** A row as far as it could be read: each field that passed its own check, and undefined for each that did not. */
export type Draft<T extends { line: number }> = { line: number } & { [K in Exclude<keyof T, 'line'>]: T[K] | undefined };

/** The rows of one file, with what is needed to point back into it. */
export interface Table<T extends { line: number }> {
  file: string;
  columns: Map<string, number>;
  /** The rows that passed every check of their own. */
  rows: T[];
  /**
   * Every data row, the refused ones included, as far as it could be read. Rules across rows and files
   * read these, so that a row refused for one field is still checked for the others, and is never then
   * reported missing by another row that refers to it.
   */
  drafts: Draft<T>[];
  /** False when the file could not be read at all; other files' references to it are then not checked. */
  isReadable: boolean;
}

/** Returns the path as shown in messages: relative to the working directory when inside it, with forward slashes. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return (fromHere.startsWith('..') ? path : fromHere).split(sep).join('/');
}

/**
 * Reads `dir/name` and checks each field of each row with its schema in `schema.shape` (so a row schema
 * checks its fields one by one: rules that join fields are in rules.ts); adds every problem to `issues`.
 * `toRecord` maps the fields that passed to a record, and is given undefined for those that did not.
 */
export function readTable<S extends z.ZodObject, T extends { line: number }>(
  dir: string,
  name: string,
  schema: S,
  toRecord: (row: Partial<z.output<S>>) => Omit<Draft<T>, 'line'>,
  issues: DataIssue[],
): Table<T> {
  const file = displayPath(join(dir, name));
  const empty: Table<T> = { file, columns: new Map(), rows: [], drafts: [], isReadable: false };
  const read = readText(join(dir, name), file);
  if ('issue' in read) {
    issues.push(read.issue);
    return empty;
  }
  const { table, issues: csvIssues } = parseCsv(read.text, file, Object.keys(schema.shape));
  issues.push(...csvIssues);
  if (!table) return empty;

  const located = { file, columns: table.columns };
  const rows: T[] = [];
  const drafts: Draft<T>[] = [];
  for (const { line, cells } of table.rows) {
    const fields: Record<string, unknown> = {};
    let isComplete = true;
    for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const cell = cells[field];
      const result = cell === undefined ? undefined : fieldSchema.safeParse(cell);
      if (result?.success) {
        fields[field] = result.data;
        continue;
      }
      isComplete = false;
      // One message per field: a second one (a date both malformed and impossible) says nothing new.
      const problem = result?.error.issues[0];
      if (problem) issues.push(issueAt(located, line, field, problem.message, cell));
    }
    const draft = { ...toRecord(fields as Partial<z.output<S>>), line } as Draft<T>;
    drafts.push(draft);
    if (isComplete) rows.push(draft as unknown as T);
  }
  return { file, columns: table.columns, rows, drafts, isReadable: true };
}

/**
 * Returns every value of a field over a table's rows, or undefined when some row's value is unknown (the
 * file unreadable, or that row's field refused): a reference to the table is then not checked, since the
 * row it names may be the one that could not be read, and that row's own problem is already reported.
 */
export function knownValues<T extends { line: number }, K extends Exclude<keyof T, 'line'>>(table: Table<T>, field: K): Set<T[K]> | undefined {
  if (!table.isReadable) return undefined;
  const values = new Set<T[K]>();
  for (const draft of table.drafts) {
    const value = draft[field];
    if (value === undefined) return undefined;
    values.add(value as T[K]);
  }
  return values;
}

/** Returns an issue located at a field of a row of a table. */
export function issueAt(
  table: { file: string; columns: Map<string, number> },
  line: number,
  field: string,
  expected: string,
  found?: string,
): DataIssue {
  const column = table.columns.get(field);
  return {
    file: table.file,
    line,
    ...(column === undefined ? {} : { column }),
    field,
    expected,
    ...(found === undefined ? {} : { found }),
  };
}
