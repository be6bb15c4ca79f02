import type { APIRoute } from 'astro';
import { chartFilePaths, type ChartFileProps } from '../../../lib/charts/endpoints.ts';
import { chartPng, hasPng } from '../../../lib/charts/files.ts';
import { standaloneSvg } from '../../../lib/charts/standalone.ts';

// /charts/<file>.png: the standalone SVG drawn as a PNG at twice its size, for each chart whose words it can draw.
export const getStaticPaths = () => chartFilePaths().filter(({ props }) => hasPng(props.chart));

export const GET: APIRoute<ChartFileProps> = async ({ props }) =>
  new Response(new Uint8Array(await chartPng(standaloneSvg(props.chart, props.text))), { headers: { 'Content-Type': 'image/png' } });
