import * as Plot from '@observablehq/plot';
import { max } from 'd3-array';
import { CHART_WIDTH, FONT_SIZE, renderPlot } from './render.ts';
import { wrapText } from './text-layout.ts';

/** One bar with lines of text above it: what it is, its value (in bold), and any more about the value. */
export interface LabelledBar {
  lines: [label: string, value: string, ...more: string[]];
  value: number;
  isHighlighted: boolean;
}

const LINE = Math.round(FONT_SIZE * 1.45);
const BAR = 24;
const GAP = 18;
const MARGIN_RIGHT = 2;

/**
 * Returns the SVG and height of a chart of a few bars on a common scale from 0 to `domainMax`, each with its
 * text written above it, so that long labels fit a phone screen without shrinking.
 */
export function renderLabelledBars(bars: LabelledBar[], domainMax: number): { svg: string; width: number; height: number } {
  // Each line of text is wrapped to the chart's width: a label that is long in some language takes two lines.
  const rows = bars.map((bar, index) => ({
    ...bar,
    row: String(index),
    texts: bar.lines.flatMap((line, place) => wrapText(line, CHART_WIDTH - MARGIN_RIGHT, FONT_SIZE, { bold: place === 1 }).map((text) => ({ text, isValue: place === 1 }))),
  }));
  const lineCount = max(rows, (row) => row.texts.length) ?? 2;
  const band = lineCount * LINE + 4 + BAR + GAP;
  const height = band * bars.length;
  // Text is drawn at the band's centre unless moved: these offsets stack the lines from the band's top.
  const lineOffset = (line: number) => -band / 2 + LINE * (line + 0.7);
  const textMarks = Array.from({ length: lineCount }, (_, line) =>
    [false, true].map((isValue) =>
      Plot.text(rows.filter((row) => row.texts[line]?.isValue === isValue), {
        x: 0,
        y: 'row',
        text: (row: (typeof rows)[number]) => row.texts[line]?.text ?? '',
        textAnchor: 'start',
        dy: lineOffset(line),
        fontWeight: isValue ? 'bold' : 'normal',
        ...(isValue ? { className: 'value-label' } : {}),
      }))).flat();
  const bar = { x: 'value', y: 'row', insetTop: lineCount * LINE + 4, insetBottom: GAP };
  const svg = renderPlot({
    height,
    margin: 0,
    marginRight: MARGIN_RIGHT,
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
