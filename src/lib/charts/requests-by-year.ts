import * as Plot from '@observablehq/plot';
import { max } from 'd3-array';
import type { SiteData } from '../data/index.ts';
import { formatCount } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { ICE, latestYear, requestsByYear } from '../stats.ts';
import { sourceRef, withoutRepeats } from '../views/source-ref.ts';
import { chartPlace, type Chart } from './chart.ts';
import { CHART_WIDTH, FONT_SIZE, renderPlot } from './render.ts';
import { textWidth } from './text-layout.ts';

const BAND = 32;
const MARGIN = { top: 4, bottom: 4, left: 48 };

/** Returns chart 1: BPD's count of requests for every year, one bar each, one year emphasised (the latest by default). */
export function requestsByYearChart(data: SiteData, locale: Locale, year?: number): Chart {
  const highlightYear = year ?? latestYear(data);
  const t = useStrings(locale);
  const years = requestsByYear(data);
  const points = years.map((row) => ({
    year: String(row.year),
    value: row.received?.value ?? null,
    isHighlighted: row.year === highlightYear,
  }));
  const reported = points.filter((point): point is typeof point & { value: number } => point.value !== null);
  const label = (point: { value: number | null }) => (point.value === null ? t('figure.notReported') : formatCount(point.value, locale));
  const widest = max(points, (point) => textWidth(label(point), FONT_SIZE, { bold: point.isHighlighted })) ?? 0;
  const first = years[0]?.year ?? highlightYear;
  const last = years.at(-1)?.year ?? highlightYear;
  const height = MARGIN.top + MARGIN.bottom + BAND * points.length;

  const svg = renderPlot({
    height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    marginRight: Math.ceil(widest) + 10,
    x: { axis: null, domain: [0, max(reported, (point) => point.value) || 1] },
    y: { axis: null, domain: points.map((point) => point.year), padding: 0.2 },
    marks: [
      Plot.barX(reported.filter((point) => !point.isHighlighted), { x: 'value', y: 'year', className: 'bar' }),
      Plot.barX(reported.filter((point) => point.isHighlighted), { x: 'value', y: 'year', className: 'bar bar-highlight' }),
      Plot.ruleX([0], { className: 'axis-rule' }),
      ...[false, true].flatMap((isHighlighted) => {
        const subset = points.filter((point) => point.isHighlighted === isHighlighted);
        const weight = isHighlighted ? 'bold' : 'normal';
        return [
          Plot.text(subset, { x: 0, y: 'year', text: 'year', textAnchor: 'end', dx: -8, fontWeight: weight }),
          Plot.text(subset, {
            x: (point: { value: number | null }) => point.value ?? 0,
            y: 'year',
            text: label,
            textAnchor: 'start',
            dx: 6,
            fontWeight: weight,
            className: 'value-label',
          }),
        ];
      }),
    ],
  });

  const highlighted = years.find((row) => row.year === highlightYear);
  const value = highlighted?.received?.value ?? null;
  const change = highlighted?.change ?? null;
  const titleParams = { count: value ?? 0, year: String(highlightYear), previous: change?.previous ?? 0, previousYear: String(change?.previousYear ?? '') };
  const title = value === null
    ? t('chart.requests.subtitle', { first: String(first), last: String(last) })
    : !change ? t('chart.requests.title.first', titleParams)
    : change.difference > 0 ? t('chart.requests.title.up', titleParams)
    : change.difference < 0 ? t('chart.requests.title.down', titleParams)
    : t('chart.requests.title.same', titleParams);

  const missing = points.filter((point) => point.value === null).map((point) => point.year);
  const otherCounts = years.filter((row) => row.issued?.value != null);
  const sourceIds = [...new Set(years.flatMap((row) => (row.received ? [row.received.sourceId] : [])))];

  return {
    ...chartPlace('requests-by-year', year),
    title,
    subtitle: t('chart.requests.subtitle', { first: String(first), last: String(last) }),
    description: t('chart.requests.description', {
      items: points.map((point) => t('chart.requests.item', { year: point.year, value: label(point) })).join('; '),
      year: String(highlightYear),
    }),
    notes: [
      ...(missing.length > 0 ? [t('chart.requests.notReported', { years: missing.join(', ') })] : []),
      ...otherCounts.map((row) => t('chart.requests.otherCount', { agency: ICE, year: String(row.year), value: row.issued?.value ?? 0 })),
    ],
    sources: withoutRepeats(sourceIds.map((id) => sourceRef(data, id, locale))),
    table: {
      caption: t('chart.requests.subtitle', { first: String(first), last: String(last) }),
      keys: ['year', 'detainer_requests_received', 'source_id'],
      columns: [
        { label: t('chart.requests.colYear'), isNumeric: false },
        { label: t('chart.requests.colValue'), isNumeric: true },
        { label: t('chart.requests.colSource'), isNumeric: false },
      ],
      rows: years.map((row) => ({ year: row.year, detainer_requests_received: row.received?.value ?? null, source_id: row.received?.sourceId ?? null })),
      cells: years.map((row) => [
        String(row.year),
        row.received?.value == null ? t('figure.notReported') : formatCount(row.received.value, locale),
        row.received ? sourceRef(data, row.received.sourceId, locale).label : '',
      ]),
    },
    svg,
    width: CHART_WIDTH,
    height,
  };
}

