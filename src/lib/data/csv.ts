import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DataIssue } from './issues.ts';

/** A data row of a CSV file: its cells by column name, and where it starts. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Column name → 1-based column number, from the header row. */
  columns: Map<string, number>;
  rows: CsvRow[];
}

/**
 * Returns the rows of a UTF-8 CSV file with exactly the expected columns (in any order), or the issues
 * that stop it being read: bad encoding, an empty file, a wrong header, a row with the wrong field count.
 */
export function readCsv(
  path: string,
  displayPath: string,
  expectedColumns: readonly string[],
): { table?: CsvTable; issues: DataIssue[] } {
  const decoded = decodeUtf8(readFileSync(path), displayPath);
  if ('issue' in decoded) return { issues: [decoded.issue] };
  const text = decoded.text;

  const records: { line: number; fields: string[] }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const end = result.meta.cursor;
      // Blank lines (trailing ones above all) are not rows.
      if (result.data.some((field) => field.trim() !== '')) records.push({ line, fields: result.data });
      line += countNewlines(text, start, end);
      start = end;
    },
  });

  const [header, ...body] = records;
  if (!header) {
    return { issues: [{ file: displayPath, expected: `expected a header row (${expectedColumns.join(',')}) and data rows, found an empty file` }] };
  }
  const issues = checkHeader(header.fields, expectedColumns, displayPath, header.line);
  if (issues.length > 0) return { issues };
  if (body.length === 0) {
    return { issues: [{ file: displayPath, line: header.line, expected: 'expected at least one data row after the header, found none' }] };
  }

  const names = header.fields.map((name) => name.trim());
  const columns = new Map(names.map((name, index) => [name, index + 1]));
  const rows: CsvRow[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      issues.push({
        file: displayPath,
        line: record.line,
        expected: `expected ${names.length} fields, as in the header`,
        found: `${record.fields.length} fields`,
      });
      continue;
    }
    const cells = Object.fromEntries(names.map((name, index) => [name, (record.fields[index] ?? '').trim()]));
    rows.push({ line: record.line, cells });
  }
  return { table: { columns, rows }, issues };
}

function checkHeader(fields: string[], expected: readonly string[], file: string, line: number): DataIssue[] {
  const names = fields.map((name) => name.trim());
  const issues: DataIssue[] = [];
  names.forEach((name, index) => {
    if (!expected.includes(name)) {
      issues.push({ file, line, column: index + 1, field: 'header', expected: `expected one of the columns ${expected.join(', ')}`, found: name });
    } else if (names.indexOf(name) !== index) {
      issues.push({ file, line, column: index + 1, field: 'header', expected: 'expected each column once', found: name });
    }
  });
  for (const name of expected) {
    if (!names.includes(name)) issues.push({ file, line, field: 'header', expected: `expected a column named "${name}", found none` });
  }
  return issues;
}

function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark, which spreadsheets often write.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, at);
    const line = countNewlines(before, 0, before.length) + 1;
    const column = at - before.lastIndexOf('\n');
    return { issue: { file, line, expected: `expected UTF-8 text, found a byte that is not UTF-8 at character ${column} (save the file as UTF-8)` } };
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
