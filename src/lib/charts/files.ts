import Papa from 'papaparse';
import sharp from 'sharp';
import { canRasterize } from '../raster-text.ts';
import type { Chart, ChartTable } from './chart.ts';

/** How much larger than its CSS size a chart's PNG is drawn, so that it stays sharp on screens and in print. */
export const PNG_SCALE = 2;

/** Returns the chart's figures as CSV (RFC 4180: header row, CRLF, quotes where needed); empty = not reported. */
export function chartCsv(table: ChartTable): string {
  const fields = table.keys;
  const data = table.rows.map((row) => fields.map((field) => row[field] ?? ''));
  // escapeFormulae: a text cell a spreadsheet would run as a formula gets a leading quote (OWASP).
  return `${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** Returns whether a chart has a PNG file: not when its words are in a script the build cannot draw (Chinese). */
export const hasPng = (chart: Chart): boolean =>
  canRasterize([chart.title, chart.subtitle, chart.svg, ...chart.notes, ...chart.sources.flatMap((source) => [source.label, source.via?.label ?? ''])]);

/** Returns a PNG of a standalone SVG, drawn at PNG_SCALE times its size. */
export async function chartPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png({ compressionLevel: 9 }).toBuffer();
}
