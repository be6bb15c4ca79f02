import type { SiteData } from '../data/index.ts';
import type { Locale } from '../i18n/index.ts';
import { yearsOf } from '../stats.ts';
import { arrivalChannelChart } from './arrival-channel.ts';
import type { Chart } from './chart.ts';
import { requestsByYearChart } from './requests-by-year.ts';
import { twoCountsChart } from './two-counts.ts';

export type { Chart, ChartColumn, ChartTable } from './chart.ts';
export { CHART_IDS, accessibleSvg, chartAnchor } from './chart.ts';
export { requestsByYearChart, arrivalChannelChart, twoCountsChart };

const present = (chart: Chart | null): chart is Chart => chart !== null;

/** Returns the charts of the latest figures, in page order; a chart whose figures are absent is left out. */
export function allCharts(data: SiteData, locale: Locale): Chart[] {
  return [requestsByYearChart(data, locale), arrivalChannelChart(data, locale), twoCountsChart(data, locale)].filter(present);
}

/** Returns the charts of one year's page: that year emphasised, and the charts of its own figures. */
export function yearCharts(data: SiteData, locale: Locale, year: number): Chart[] {
  return [requestsByYearChart(data, locale, year), arrivalChannelChart(data, locale, year), twoCountsChart(data, locale, year)].filter(present);
}

/** Returns every chart that has files and an embed page: the latest ones, and each year's. */
export function everyChart(data: SiteData, locale: Locale): Chart[] {
  return [...allCharts(data, locale), ...yearsOf(data).flatMap((year) => yearCharts(data, locale, year))];
}
