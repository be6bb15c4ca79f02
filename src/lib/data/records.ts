import { bisectRight } from 'd3-array';
import Papa from 'papaparse';

// Papaparse reads the records. This module only makes the line endings LF, numbers the lines and, where Papa
// reports a quote problem, finds the line and column where that quote opened and reads on from the next
// line: an open quote runs on to the next quote in the file, and would take the rows in between with it.

/** One record as papaparse read it, with the line it starts on and, for a quote problem, where the quote opened. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** A quote problem: the column where the quote opened, the rest of that line, and whether it closed on it. */
  quote?: { column: number; text: string; isClosed: boolean };
}

/**
 * Returns every record of the text, line endings made LF first (CR LF, LF and a lone CR alike, so that a
 * file mixing them, or an old Mac file, reads line by line with the right line numbers).
 */
export function parseRecords(raw: string): CsvRecord[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  const lineAt = (offset: number) => bisectRight(lineStarts, offset);
  const records: CsvRecord[] = [];
  let from: number | undefined = 0;
  while (from !== undefined && from < text.length) {
    const slice = text.slice(from);
    const offset = from;
    let start = from;
    from = undefined;
    Papa.parse<string[]>(slice, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      step: (result, parser) => {
        const line = lineAt(start);
        start = offset + result.meta.cursor;
        const error = result.errors[0];
        if (!error) {
          records.push({ line, fields: result.data });
          return;
        }
        // Papa's index is just after the opening quote. The quote may have run on over the lines after it:
        // report it on its own line, and read on from the next one.
        const open = offset + (error.index ?? 1) - 1;
        const openLine = lineAt(open);
        const lineEnd = lineStarts[openLine] === undefined ? text.length : (lineStarts[openLine] ?? 0) - 1;
        const fieldsBefore = Papa.parse<string[]>(text.slice(lineStarts[openLine - 1], open), { delimiter: ',' }).data[0] ?? [];
        const restOfLine = text.slice(open, lineEnd);
        // Read alone, the rest of the line tells a quote never closed from text after a closing quote.
        const isClosed = Papa.parse(restOfLine, { delimiter: ',' }).errors[0]?.code === 'InvalidQuotes';
        records.push({ line: openLine, fields: [], quote: { column: Math.max(fieldsBefore.length, 1), text: restOfLine, isClosed } });
        from = lineStarts[openLine];
        parser.abort();
      },
    });
  }
  return records;
}

