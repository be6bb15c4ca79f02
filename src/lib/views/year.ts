import type { SiteData } from '../data/index.ts';
import { formatValue } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { figureKey, type FigureCorrection } from '../releases/changes.ts';
import { POLICE, REQUESTS, requestsByYear, yearsOf } from '../stats.ts';
import { describeChange, figureViewer, type FigureView } from './figure-view.ts';
import { sourceRef, withoutRepeats, type SourceRef } from './source-ref.ts';

/** One figure on a year page, with the anchor that cites it: /years/<year>/#<anchor>. */
export interface YearFigure {
  anchor: string;
  label: string;
  figure: FigureView;
  /** Earlier values of the figure, oldest first: each release that corrected it. */
  history: CorrectionView[];
}

/** A release that corrected or removed a figure, and the value it had before. */
export interface CorrectionView {
  version: string;
  /** The value before the release, in words ("57", "not reported"). */
  was: string;
  isRemoval: boolean;
}

/** A figure a later release removed: still listed, at its anchor, so that links to it keep working. */
export interface RemovedFigure {
  anchor: string;
  label: string;
  history: CorrectionView[];
}

export interface YearView {
  year: number;
  /** BPD's count of requests for the year, at #requests; null when BPD reported none. */
  requests: { count: number | null; figure: FigureView; change: string } | null;
  /** Earlier values of BPD's count (#requests), shown with it even when a release removed it. */
  requestsHistory: CorrectionView[];
  figures: YearFigure[];
  removed: RemovedFigure[];
  /** What the data has for other years but not for this one. */
  notReported: string[];
  sources: SourceRef[];
  previous: number | null;
  next: number | null;
}

/** Returns the anchor of a figure on its year page: BPD's requests are #requests, others are named by measure and agency. */
export function figureAnchor(measure: string, reportedBy: string): string {
  if (measure === REQUESTS && reportedBy === POLICE) return 'requests';
  const name = measure.replaceAll('_', '-');
  return reportedBy === POLICE ? name : `${name}-${reportedBy.toLowerCase()}`;
}

/**
 * Returns what the page for one year shows, computed from the data; `corrections` (figureCorrections of the
 * releases' changes) adds each figure's earlier values.
 */
export function yearView(data: SiteData, year: number, locale: Locale, corrections: ReadonlyMap<string, FigureCorrection[]> = new Map()): YearView {
  const t = useStrings(locale);
  const historyOf = (measure: string, reportedBy: string): CorrectionView[] => {
    const unit = data.measures.find((candidate) => candidate.id === measure)?.unit ?? 'count';
    return (corrections.get(figureKey({ year, measure, reported_by: reportedBy })) ?? []).map((correction) => ({
      version: correction.version,
      was: correction.old_value === null ? t('figure.notReported') : formatValue(correction.old_value, unit, locale),
      isRemoval: correction.new_value === null && !data.figures.some((figure) => figure.year === year && figure.measure === measure && figure.reportedBy === reportedBy),
    }));
  };
  const viewOf = figureViewer(data, locale);
  const years = yearsOf(data);
  const order = data.measures.map((measure) => measure.id);
  const labelOf = (measure: string, reportedBy: string) => {
    const label = data.measures.find((candidate) => candidate.id === measure)?.label ?? measure;
    return t('figure.asReportedBy', { label, agency: reportedBy });
  };
  const ofYear = data.figures
    .filter((figure) => figure.year === year)
    .toSorted((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure) || a.reportedBy.localeCompare(b.reportedBy));
  const requestsRow = requestsByYear(data).find((row) => row.year === year);
  const kinds = new Map(data.figures.map((figure) => [`${figure.measure} ${figure.reportedBy}`, figure]));
  const reported = new Set(ofYear.filter((figure) => figure.value !== null).map((figure) => `${figure.measure} ${figure.reportedBy}`));
  const index = years.indexOf(year);

  return {
    year,
    requests: requestsRow?.received
      ? { count: requestsRow.received.value, figure: viewOf(requestsRow.received), change: describeChange(requestsRow.change, locale) }
      : null,
    requestsHistory: historyOf(REQUESTS, POLICE),
    figures: ofYear
      .filter((figure) => figureAnchor(figure.measure, figure.reportedBy) !== 'requests')
      .map((figure) => ({
        anchor: figureAnchor(figure.measure, figure.reportedBy),
        label: labelOf(figure.measure, figure.reportedBy),
        figure: viewOf(figure),
        history: historyOf(figure.measure, figure.reportedBy),
      })),
    removed: [...corrections.keys()].flatMap((key) => {
      const [keyYear = '', measure = '', reportedBy = ''] = key.split(' ');
      // BPD's count has its place at #requests whether or not it is there: its history is shown there.
      if (Number(keyYear) !== year || (measure === REQUESTS && reportedBy === POLICE) || ofYear.some((figure) => figure.measure === measure && figure.reportedBy === reportedBy)) return [];
      return [{ anchor: figureAnchor(measure, reportedBy), label: labelOf(measure, reportedBy), history: historyOf(measure, reportedBy) }];
    }),
    notReported: [...kinds.entries()]
      .filter(([key]) => !reported.has(key))
      .map(([, figure]) => labelOf(figure.measure, figure.reportedBy)),
    sources: withoutRepeats([...new Set(ofYear.map((figure) => figure.sourceId))].map((id) => sourceRef(data, id, locale))),
    previous: years[index - 1] ?? null,
    next: years[index + 1] ?? null,
  };
}
