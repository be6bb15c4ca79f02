import type { Figure, SiteData } from '../data/index.ts';
import { formatCount, formatPercent, formatRatio } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { countsFromShares, latestYear, otherFiguresOf, POLICE, ICE, requestsByYear, type YearChange } from '../stats.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** A figure as the page shows it: its value in words, where it comes from, and any note. */
export interface FigureView {
  value: string;
  /** A derived figure that goes with it, labelled as derived. */
  derived: string | null;
  isReported: boolean;
  source: SourceRef | null;
  note: string | null;
}

export interface HomeView {
  headline: { year: number; count: number; title: string; basis: string; source: SourceRef; change: string };
  otherFigures: { id: string; label: string; figure: FigureView }[];
  table: {
    caption: string;
    headers: { year: string; received: string; issued: string };
    rows: { year: number; received: FigureView; issued: FigureView; change: string }[];
  };
}

/** Returns everything the home page shows, as text, computed from the data. */
export function homeView(data: SiteData, locale: Locale): HomeView {
  const t = useStrings(locale);
  const year = latestYear(data);
  const years = requestsByYear(data);
  const latest = years.find((row) => row.year === year);
  if (!latest?.received || latest.received.value === null) throw new Error(`No BPD count for ${year}`);
  const agencyName = (id: string) => data.agencies.find((agency) => agency.id === id)?.name ?? id;
  const derivedCounts = countsFromShares(data);

  const viewOf = (figure: Figure | null): FigureView => {
    if (!figure || figure.value === null) {
      return { value: t('figure.notReported'), derived: null, isReported: false, source: figure ? sourceRef(data, figure.sourceId) : null, note: figure?.note ?? null };
    }
    const measure = data.measures.find((candidate) => candidate.id === figure.measure);
    const fromShare = derivedCounts.find((count) => count.year === figure.year && count.measure === figure.measure && count.reportedBy === figure.reportedBy);
    const value = measure?.unit === 'percent' && fromShare
      ? t('figure.shareOf', { share: formatPercent(figure.value, locale), total: formatCount(fromShare.total, locale) })
      : measure?.unit === 'percent' ? formatPercent(figure.value, locale) : formatCount(figure.value, locale);
    const derived = fromShare
      ? t('figure.countFromShare', { count: fromShare.value, derived: t('figure.derived'), share: formatPercent(fromShare.share, locale) })
      : null;
    return { value, derived, isReported: true, source: sourceRef(data, figure.sourceId), note: figure.note };
  };

  return {
    headline: {
      year,
      count: latest.received.value,
      title: t('home.headline', { year: String(year), count: latest.received.value }),
      basis: t('home.headlineBasis', { agency: agencyName(POLICE) }),
      source: sourceRef(data, latest.received.sourceId),
      change: describeChange(latest.change, locale),
    },
    otherFigures: otherFiguresOf(data, year).map((figure) => ({
      id: figure.measure,
      label: data.measures.find((measure) => measure.id === figure.measure)?.label ?? figure.measure,
      figure: viewOf(figure),
    })),
    table: {
      caption: t('table.caption', { first: String(years[0]?.year ?? year), last: String(year) }),
      headers: {
        year: t('table.year'),
        received: t('table.receivedBy', { agency: POLICE }),
        issued: t('table.issuedBy', { agency: ICE }),
      },
      rows: years.toReversed().map((row) => ({
        year: row.year,
        received: viewOf(row.received),
        issued: viewOf(row.issued),
        change: describeChange(row.change, locale),
      })),
    },
  };
}

/** Returns a change in plain words, in counts first; a ratio only where the base is large enough. */
export function describeChange(change: YearChange | null, locale: Locale): string {
  const t = useStrings(locale);
  if (!change) return t('change.none');
  const params = { previous: change.previous, previousYear: String(change.previousYear), difference: Math.abs(change.difference) };
  if (change.difference === 0) return t('change.same', params);
  if (change.difference < 0) return t('change.down', params);
  if (change.ratio === null) return t('change.up', params);
  return t('change.upRatio', { ...params, ratio: formatRatio(change.ratio, locale) });
}
