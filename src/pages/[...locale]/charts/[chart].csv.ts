import type { APIRoute } from 'astro';
import { chartFilePaths, type ChartFileProps } from '../../../lib/charts/endpoints.ts';
import { chartCsv } from '../../../lib/charts/files.ts';

// /charts/<file>.csv: the figures the chart shows.
export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<ChartFileProps> = ({ props }) =>
  new Response(chartCsv(props.chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
