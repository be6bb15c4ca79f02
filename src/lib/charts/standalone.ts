import type { Chart } from './chart.ts';
import { PALETTE } from './palette.ts';
import { CHART_WIDTH, FONT_FAMILY } from './render.ts';
import { wrapText } from './text-layout.ts';

const PAD = 16;
const TITLE_SIZE = 17;
const SMALL_SIZE = 12;
const LINE = 1.35;

/** Text that goes around the chart in a downloaded file: the page's own words, already translated. */
export interface StandaloneText {
  sourcesLabel: string;
  notesLabel: string;
  /** The language's colon after a label, and separator between items of a list ("：" and "；" in Chinese). */
  colon: string;
  listSeparator: string;
  siteName: string;
  /** The BCP 47 tag of the chart's language, so that a viewer picks the right glyphs (lang on the SVG). */
  lang?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Returns the chart as a standalone SVG file: title, subtitle, the chart, notes and sources, on a white
 * background, with <title> and <desc> for screen readers, so that it can be reused on its own.
 */
export function standaloneSvg(chart: Chart, text: StandaloneText): string {
  const width = CHART_WIDTH + 2 * PAD;
  const inner = CHART_WIDTH;
  let y = PAD;
  const blocks: string[] = [];
  const paragraph = (content: string, size: number, attributes = '') => {
    for (const line of wrapText(content, inner, size, { bold: attributes.includes('bold') })) {
      y += size * LINE;
      blocks.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}"${attributes}>${escapeXml(line)}</text>`);
    }
  };
  paragraph(chart.title, TITLE_SIZE, ' font-weight="bold"');
  y += 4;
  paragraph(chart.subtitle, SMALL_SIZE, ' class="muted"');
  y += 12;
  const plot = chart.svg.replace('<svg ', `<svg x="${PAD}" y="${y}" `);
  y += chart.height + 12;
  const notes = chart.notes.length > 0 ? `${text.notesLabel}${text.colon}${chart.notes.join(' ')}` : '';
  if (notes) paragraph(notes, SMALL_SIZE, ' class="muted"');
  paragraph(`${text.sourcesLabel}${text.colon}${chart.sources.map((source) => (source.via ? `${source.label} (${source.via.label})` : source.label)).join(text.listSeparator)}`, SMALL_SIZE, ' class="muted"');
  paragraph(text.siteName, SMALL_SIZE, ' class="muted"');
  const height = Math.ceil(y + PAD);
  const colours = PALETTE.light;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc"${text.lang ? ` lang="${text.lang}"` : ''}>`,
    `<title id="title">${escapeXml(chart.title)}</title>`,
    `<desc id="desc">${escapeXml(chart.description)}</desc>`,
    `<style>svg{font-family:${FONT_FAMILY};color:${colours.text}}text{fill:${colours.text}}.muted{fill:${colours.muted}}`,
    `.bar{fill:${colours.bar}}.bar-highlight{fill:${colours.highlight}}.axis-rule{stroke:${colours.text}}.plot text,.plot tspan{white-space:pre}</style>`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    ...blocks,
    plot,
    '</svg>',
  ].join('\n');
}
