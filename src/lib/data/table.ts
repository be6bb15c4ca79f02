import { join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { readCsv } from './csv.ts';
import type { DataIssue } from './issues.ts';

/** The valid rows of one file, with what is needed to point back into it. */
export interface Table<T extends { line: number }> {
  file: string;
  columns: Map<string, number>;
  rows: T[];
  /** False when the file could not be read at all; other files' references to it are then not checked. */
  isReadable: boolean;
}

/** Returns the path as shown in messages: relative to the working directory when inside it, with forward slashes. */
export function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return (fromHere.startsWith('..') ? path : fromHere).split(sep).join('/');
}

/**
 * Reads `dir/name` and checks each row with `schema`; adds every problem to `issues` and returns the rows
 * that passed, mapped by `toRecord`.
 */
export function readTable<S extends z.ZodObject, T extends { line: number }>(
  dir: string,
  name: string,
  schema: S,
  toRecord: (row: z.output<S>) => Omit<T, 'line'>,
  issues: DataIssue[],
): Table<T> {
  const path = join(dir, name);
  const file = displayPath(path);
  const empty: Table<T> = { file, columns: new Map(), rows: [], isReadable: false };
  if (!existsSync(path)) {
    issues.push({ file, expected: 'expected this file, found none' });
    return empty;
  }
  const { table, issues: readIssues } = readCsv(path, file, Object.keys(schema.shape));
  issues.push(...readIssues);
  if (!table) return empty;

  const rows: T[] = [];
  for (const { line, cells } of table.rows) {
    const result = schema.safeParse(cells);
    if (result.success) {
      rows.push({ ...toRecord(result.data), line } as T);
      continue;
    }
    for (const problem of result.error.issues) {
      const field = String(problem.path[0]);
      issues.push(issueAt({ file, columns: table.columns }, line, field, problem.message, cells[field] ?? ''));
    }
  }
  return { file, columns: table.columns, rows, isReadable: true };
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
