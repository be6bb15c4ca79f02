import type { Column, Row } from '../catalog/types.ts';

/**
 * Returns the rows as a JSON array of objects with the columns in order: null where the CSV has an empty
 * cell, text exactly as in data/ (no formula neutralising: JSON is not opened as a spreadsheet).
 */
export function formatJsonRows(columns: readonly Column[], rows: readonly Row[]): string {
  const ordered = rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, row[column.name] ?? null])));
  return formatJson(ordered);
}

/** Returns a value as JSON, indented by two spaces, ending with a line feed. */
export const formatJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
