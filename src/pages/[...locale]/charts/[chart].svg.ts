import type { APIRoute } from 'astro';
import { chartFilePaths, type ChartFileProps } from '../../../lib/charts/endpoints.ts';
import { standaloneSvg } from '../../../lib/charts/standalone.ts';

// /charts/<file>.svg: the chart as a standalone SVG file, with its title, notes and sources.
export const getStaticPaths = chartFilePaths;

export const GET: APIRoute<ChartFileProps> = ({ props }) =>
  new Response(standaloneSvg(props.chart, props.text), { headers: { 'Content-Type': 'image/svg+xml' } });
