import type { Figure, SiteData } from '../data/index.ts';
import { formatCount, formatPercent, formatRatio, formatValue } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { countsFromShares, type YearChange } from '../stats.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** A figure as a page shows it: its value in words, where it comes from, and any note. */
export interface FigureView {
  value: string;
  /** A derived figure that goes with it, labelled as derived. */
  derived: string | null;
  isReported: boolean;
  source: SourceRef | null;
  note: string | null;
}

/** Returns a function that turns a figure (or its absence) into what a page shows; a percentage shows its base. */
export function figureViewer(data: SiteData, locale: Locale): (figure: Figure | null) => FigureView {
  const t = useStrings(locale);
  const derivedCounts = countsFromShares(data);
  return (figure) => {
    if (!figure || figure.value === null) {
      return { value: t('figure.notReported'), derived: null, isReported: false, source: figure ? sourceRef(data, figure.sourceId, locale) : null, note: figure?.note ?? null };
    }
    const measure = data.measures.find((candidate) => candidate.id === figure.measure);
    const fromShare = derivedCounts.find((count) => count.year === figure.year && count.measure === figure.measure && count.reportedBy === figure.reportedBy);
    const value = measure?.unit === 'percent' && fromShare
      ? t('figure.shareOf', { share: formatPercent(figure.value, locale), total: formatCount(fromShare.total, locale) })
      : formatValue(figure.value, measure?.unit ?? 'count', locale);
    const derived = fromShare
      ? t('figure.countFromShare', { count: fromShare.value, derived: t('figure.derived'), share: formatPercent(fromShare.share, locale) })
      : null;
    // A share of a count that does not come to a whole number was most likely rounded: an inference, said as one.
    const inference = fromShare && !Number.isInteger(fromShare.exact)
      ? t('figure.roundedInference', { share: formatPercent(fromShare.share, locale), total: formatCount(fromShare.total, locale) })
      : null;
    const note = [figure.note, inference].filter((text) => text !== null).join(' ') || null;
    return { value, derived, isReported: true, source: sourceRef(data, figure.sourceId, locale), note };
  };
}

/** Returns a change in plain words, in counts first; a ratio only where the base is large enough. */
export function describeChange(change: YearChange | null, locale: Locale): string {
  const t = useStrings(locale);
  if (!change) return t('change.none');
  // The difference and the ratio are computed here, not reported: each carries the derived label.
  const params = { previous: change.previous, previousYear: String(change.previousYear), difference: Math.abs(change.difference), derived: t('figure.derived') };
  if (change.difference === 0) return t('change.same', params);
  if (change.difference < 0) return t('change.down', params);
  if (change.ratio === null) return t('change.up', params);
  return t('change.upRatio', { ...params, ratio: formatRatio(change.ratio, locale) });
}
