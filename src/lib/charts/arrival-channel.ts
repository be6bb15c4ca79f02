import { max, sum } from 'd3-array';
import type { SiteData } from '../data/index.ts';
import { formatCount, formatPercent } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { countsFromShares, POLICE, REQUESTS } from '../stats.ts';
import { sourceRef, withoutRepeats } from '../views/source-ref.ts';
import { chartPlace, type Chart } from './chart.ts';
import { renderLabelledBars } from './labelled-bars.ts';

/**
 * Returns chart 2: for the latest year with shares of BPD's requests by route of arrival, each reported share
 * and the remainder ("other routes"), with counts derived from them; null when the data has no such share.
 */
export function arrivalChannelChart(data: SiteData, locale: Locale, year?: number): Chart | null {
  const t = useStrings(locale);
  const shareMeasures = new Set(data.measures.filter((measure) => measure.shareOf === REQUESTS).map((measure) => measure.id));
  const shares = countsFromShares(data).filter((share) => shareMeasures.has(share.measure) && share.reportedBy === POLICE);
  const chartYear = year ?? max(shares, (share) => share.year);
  const ofYear = shares.filter((share) => share.year === chartYear);
  const first = ofYear[0];
  if (chartYear === undefined || !first) return null;

  const total = first.total;
  const percent = (value: number) => formatPercent(value, locale);
  const otherShare = 100 - sum(ofYear, (share) => share.share);
  const otherCount = total - sum(ofYear, (share) => share.value);
  const labelOf = (measure: string) => data.measures.find((candidate) => candidate.id === measure)?.shortLabel ?? measure;
  const routes = [
    ...ofYear.map((share) => ({ label: labelOf(share.measure), share: share.share, count: share.value, isShareDerived: false })),
    { label: t('chart.arrival.otherRoutes'), share: otherShare, count: otherCount, isShareDerived: true },
  ];
  const params = {
    year: String(chartYear),
    total,
    share: percent(first.share),
    count: first.value,
    otherShare: percent(otherShare),
    otherCount,
    dedicated: labelOf(first.measure),
    other: t('chart.arrival.otherRoutes'),
  };
  const { svg, width, height } = renderLabelledBars(
    routes.map((route, index) => ({
      lines: [
        route.label,
        route.isShareDerived ? `${percent(route.share)} ${t('chart.derived')}` : percent(route.share),
        t(route.isShareDerived ? 'chart.arrival.countDerived' : 'chart.arrival.countFromShare', { count: route.count, total, share: percent(route.share) }),
      ],
      value: route.share,
      isHighlighted: index === 0,
    })),
    100,
  );

  return {
    ...chartPlace('arrival-channel', year),
    title: t('chart.arrival.title', params),
    subtitle: t('chart.arrival.subtitle', params),
    description: t('chart.arrival.description', params),
    notes: [
      // Only a share that does not come to a whole number shows that it was rounded.
      ...(Number.isInteger(first.exact) ? [] : [t('chart.arrival.noteRounded', params)]),
      t('chart.arrival.noteDerived', params),
      t('chart.arrival.noteUnknown'),
    ],
    sources: withoutRepeats(first.sourceIds.map((id) => sourceRef(data, id, locale))),
    table: {
      caption: t('chart.arrival.subtitle', params),
      keys: ['route', 'share_percent', 'share_derived', 'requests_derived'],
      columns: [
        { label: t('chart.arrival.colRoute'), isNumeric: false },
        { label: t('chart.arrival.colShare'), isNumeric: true },
        { label: t('chart.arrival.colCount'), isNumeric: true },
      ],
      rows: routes.map((route) => ({ route: route.label, share_percent: route.share, share_derived: route.isShareDerived, requests_derived: route.count })),
      cells: routes.map((route) => [
        route.label,
        route.isShareDerived ? `${percent(route.share)} ${t('chart.derived')}` : percent(route.share),
        formatCount(route.count, locale),
      ]),
    },
    svg,
    width,
    height,
  };
}
