import type { SiteData } from '../data/index.ts';
import type { Locale } from '../i18n/index.ts';
import { arrivalChannelChart } from './arrival-channel.ts';
import type { Chart } from './chart.ts';
import { requestsByYearChart } from './requests-by-year.ts';
import { twoCountsChart } from './two-counts.ts';

export type { Chart, ChartColumn, ChartTable } from './chart.ts';
export { CHART_IDS, accessibleSvg, chartAnchor } from './chart.ts';
export { requestsByYearChart, arrivalChannelChart, twoCountsChart };

/** Returns every chart the data supports, in page order; a chart whose figures are absent is left out. */
export function allCharts(data: SiteData, locale: Locale): Chart[] {
  return [requestsByYearChart(data, locale), arrivalChannelChart(data, locale), twoCountsChart(data, locale)].filter(
    (chart): chart is Chart => chart !== null,
  );
}
