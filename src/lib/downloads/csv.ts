import Papa from 'papaparse';
import type { Column, Row } from '../catalog/types.ts';
import { finiteNumber } from '../format.ts';

/** RFC 4180's line break, written after every record, the last one included. */
export const CSV_NEWLINE = '\r\n';

/**
 * Text that a spreadsheet would run as a formula: a cell starting with =, + , -, @, a tab or a carriage
 * return (OWASP's list), or a null character (OWASP ASVS adds it). Papa.unparse's own default pattern,
 * /^[=+\-@\t\r].*$/, misses such a cell when it holds a line break, because "." stops at the break.
 */
export const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * Returns the rows as RFC 4180 CSV: a header row of column names, commas, CR LF after every record, quotes
 * only where a value needs them. null is an empty cell; numbers and booleans are written as they are;
 * text that a spreadsheet would run as a formula gets a leading apostrophe and quotes, as OWASP advises.
 */
export function formatCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const fields = columns.map((column) => column.name);
  const body = Papa.unparse(
    // Papa would write Infinity and NaN as text, where the JSON twin has null ("not reported"): throw instead.
    { fields, data: rows.map((row) => fields.map((field) => finiteCell(row[field] ?? null))) },
    { newline: CSV_NEWLINE, delimiter: ',', quoteChar: '"', escapeFormulae: FORMULA_START, header: true },
  );
  return body + CSV_NEWLINE;
}

const finiteCell = <T>(value: T) => (typeof value === 'number' ? finiteNumber(value) : value);
