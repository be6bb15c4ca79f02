import type { APIRoute, GetStaticPaths } from 'astro';
import { everyChart, type Chart } from '../../lib/charts/index.ts';
import { chartCsv, chartPng } from '../../lib/charts/files.ts';
import { standaloneSvg } from '../../lib/charts/standalone.ts';
import { loadData } from '../../lib/data/index.ts';
import { useStrings } from '../../lib/i18n/index.ts';

// Each chart as a file to download: /charts/<file>.svg, .png (drawn from that SVG) and .csv (its figures).
const FORMATS = ['svg', 'png', 'csv'] as const;

export const getStaticPaths = (() => {
  const t = useStrings('en');
  const text = { sourcesLabel: t('chart.sources'), notesLabel: t('chart.notes'), siteName: t('site.name') };
  return everyChart(loadData(), 'en').flatMap((chart) =>
    FORMATS.map((format) => ({ params: { file: `${chart.file}.${format}` }, props: { chart, format, text } })));
}) satisfies GetStaticPaths;

interface Props {
  chart: Chart;
  format: (typeof FORMATS)[number];
  text: { sourcesLabel: string; notesLabel: string; siteName: string };
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { chart, format, text } = props;
  if (format === 'csv') return new Response(chartCsv(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const svg = standaloneSvg(chart, text);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response(new Uint8Array(await chartPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
