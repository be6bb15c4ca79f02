import type { SiteData } from '../data/index.ts';
import { formatCount, formatRatio } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { agencyRatios, ICE, POLICE } from '../stats.ts';
import { sourceRef, withoutRepeats } from '../views/source-ref.ts';
import { chartPlace, type Chart } from './chart.ts';
import { renderLabelledBars } from './labelled-bars.ts';

/**
 * Returns chart 3: BPD's and ICE's counts for the latest year (or the given year) with both, side by side,
 * each attributed, neither emphasised over the other; null when no year has both.
 */
export function twoCountsChart(data: SiteData, locale: Locale, year?: number): Chart | null {
  const t = useStrings(locale);
  const ratios = agencyRatios(data);
  const ratio = year === undefined ? ratios.at(-1) : ratios.find((candidate) => candidate.year === year);
  if (!ratio) return null;

  const receivedLabel = t('chart.counts.received', { agency: POLICE });
  const issuedLabel = t('chart.counts.issued', { agency: ICE });
  const params = {
    year: String(ratio.year),
    received: ratio.received,
    issued: ratio.issued,
    receivedLabel,
    issuedLabel,
    ratio: formatRatio(ratio.value, locale),
    difference: Math.abs(ratio.issued - ratio.received),
  };
  const counts = [
    { label: receivedLabel, agency: POLICE, value: ratio.received, sourceId: ratio.receivedSourceId },
    { label: issuedLabel, agency: ICE, value: ratio.issued, sourceId: ratio.issuedSourceId },
  ];
  const { svg, width, height } = renderLabelledBars(
    counts.map((count) => ({ lines: [count.label, formatCount(count.value, locale)], value: count.value, isHighlighted: false })),
    Math.max(ratio.received, ratio.issued),
  );

  return {
    ...chartPlace('two-counts', year),
    title: t('chart.counts.title', params),
    subtitle: t('chart.counts.subtitle', params),
    description: t('chart.counts.description', params),
    notes: [t('chart.counts.noteRatio', params), t('chart.counts.noteDisputed')],
    sources: withoutRepeats(counts.map((count) => sourceRef(data, count.sourceId, locale))),
    table: {
      caption: t('chart.counts.subtitle', params),
      keys: ['count', 'reported_by', 'detainer_requests', 'source_id'],
      columns: [
        { label: t('chart.counts.colCount'), isNumeric: false },
        { label: t('chart.counts.colValue'), isNumeric: true },
        { label: t('chart.counts.colSource'), isNumeric: false },
      ],
      rows: counts.map((count) => ({ count: count.label, reported_by: count.agency, detainer_requests: count.value, source_id: count.sourceId })),
      cells: counts.map((count) => [count.label, formatCount(count.value, locale), sourceRef(data, count.sourceId, locale).label]),
    },
    svg,
    width,
    height,
  };
}
