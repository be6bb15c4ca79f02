import * as Plot from '@observablehq/plot';
import { max } from 'd3-array';
import { CHART_WIDTH, FONT_SIZE, renderPlot } from './render.ts';

/** One bar with lines of text above it: what it is, its value (in bold), and any more about the value. */
export interface LabelledBar {
  lines: [label: string, value: string, ...more: string[]];
  value: number;
  isHighlighted: boolean;
}

const LINE = Math.round(FONT_SIZE * 1.45);
const BAR = 24;
const GAP = 18;

/**
 * Returns the SVG and height of a chart of a few bars on a common scale from 0 to `domainMax`, each with its
 * text written above it, so that long labels fit a phone screen without shrinking.
 */
export function renderLabelledBars(bars: LabelledBar[], domainMax: number): { svg: string; width: number; height: number } {
  const lineCount = max(bars, (bar) => bar.lines.length) ?? 2;
  const band = lineCount * LINE + 4 + BAR + GAP;
  const height = band * bars.length;
  const rows = bars.map((bar, index) => ({ ...bar, row: String(index) }));
  // Text is drawn at the band's centre unless moved: these offsets stack the lines from the band's top.
  const lineOffset = (line: number) => -band / 2 + LINE * (line + 0.7);
  const textMarks = Array.from({ length: lineCount }, (_, line) =>
    Plot.text(rows.filter((row) => row.lines[line] !== undefined), {
      x: 0,
      y: 'row',
      text: (row: (typeof rows)[number]) => row.lines[line] ?? '',
      textAnchor: 'start',
      dy: lineOffset(line),
      fontWeight: line === 1 ? 'bold' : 'normal',
      ...(line === 1 ? { className: 'value-label' } : {}),
    }));
  const bar = { x: 'value', y: 'row', insetTop: lineCount * LINE + 4, insetBottom: GAP };
  const svg = renderPlot({
    height,
    margin: 0,
    marginRight: 2,
    x: { axis: null, domain: [0, domainMax] },
    y: { axis: null, domain: rows.map((row) => row.row), padding: 0 },
    marks: [
      Plot.barX(rows.filter((row) => !row.isHighlighted), { ...bar, className: 'bar' }),
      Plot.barX(rows.filter((row) => row.isHighlighted), { ...bar, className: 'bar bar-highlight' }),
      ...textMarks,
    ],
  });
  return { svg, width: CHART_WIDTH, height };
}
