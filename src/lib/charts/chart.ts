import type { SourceRef } from '../views/source-ref.ts';

/** A column of a chart's HTML table. */
export interface ChartColumn {
  label: string;
  isNumeric: boolean;
}

/** The figures behind a chart: raw values for the CSV, display text for the HTML table. */
export interface ChartTable {
  caption: string;
  /** The CSV's column names, snake_case. */
  keys: string[];
  /** Raw values by key; null is "not reported" (an empty CSV cell). */
  rows: Record<string, string | number | boolean | null>[];
  /** The HTML table's columns: fewer than the CSV's where two values read better in one cell. */
  columns: ChartColumn[];
  /** The same rows as the HTML table shows them. */
  cells: string[][];
}

/** Everything about one chart, computed from the data: the same figures feed the SVG, the text and the table. */
export interface Chart {
  /** Stable id: the page anchor is #chart-<id>. */
  id: string;
  /**
   * Names its files (/charts/<file>.svg|png|csv) and embed page (/embed/<file>/): the id for the chart of the
   * latest figures, <id>-<year> for the chart of one year, which keeps its URL when later years are added.
   */
  file: string;
  /** The page the chart belongs to: the home page for the latest figures, the year's page for one year. */
  pagePath: string;
  /** States the finding in plain words. */
  title: string;
  /** The measure and unit. */
  subtitle: string;
  /** The text alternative: what the chart shows and every value. */
  description: string;
  /** Where a figure is derived or disputed, and what is not reported. */
  notes: string[];
  sources: SourceRef[];
  table: ChartTable;
  /** The chart itself as an SVG element, rendered by Plot; its own size in CSS pixels. */
  svg: string;
  width: number;
  height: number;
}

/** The chart ids, in the order the charts appear; part of the site's public URLs. */
export const CHART_IDS = ['requests-by-year', 'arrival-channel', 'two-counts'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Returns the id of a chart's figure on a page, its permalink anchor. */
export const chartAnchor = (chart: Chart) => `chart-${chart.id}`;

/** Returns text made safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Returns the chart's SVG as one image to assistive technology, named by what kind of graphic it is (the title
 * is the heading just before it, and is not said twice) and described by its text alternative.
 */
export const accessibleSvg = (chart: Chart, name: string) =>
  chart.svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(name)}" aria-describedby="${chartAnchor(chart)}-desc" `);

/** Returns where a chart's files and page are: by its id for the latest figures, by its id and year for one year. */
export const chartPlace = (id: ChartId, year: number | undefined) =>
  year === undefined ? { id, file: id, pagePath: '/' } : { id, file: `${id}-${year}`, pagePath: `/years/${year}/` };
