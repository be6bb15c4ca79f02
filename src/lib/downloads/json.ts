import type { Column, Row } from '../catalog/types.ts';
import { finiteNumber } from '../format.ts';

/**
 * Returns the rows as a JSON array of objects with the columns in order: null where the CSV has an empty
 * cell, text exactly as in data/ (no formula neutralising: JSON is not opened as a spreadsheet).
 */
export function formatJsonRows(columns: readonly Column[], rows: readonly Row[]): string {
  const ordered = rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, row[column.name] ?? null])));
  return formatJson(ordered);
}

/**
 * Returns a value as JSON, indented by two spaces, ending with a line feed. Throws on a number that is not
 * finite, which JSON.stringify would silently write as null: "not reported", a claim the data never made.
 */
export const formatJson = (value: unknown) =>
  `${JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' ? finiteNumber(item) : item), 2)}\n`;
