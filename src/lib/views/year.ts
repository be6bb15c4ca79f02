import type { SiteData } from '../data/index.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { POLICE, REQUESTS, requestsByYear, yearsOf } from '../stats.ts';
import { describeChange, figureViewer, type FigureView } from './figure-view.ts';
import { sourceRef, withoutRepeats, type SourceRef } from './source-ref.ts';

/** One figure on a year page, with the anchor that cites it: /years/<year>/#<anchor>. */
export interface YearFigure {
  anchor: string;
  label: string;
  figure: FigureView;
}

export interface YearView {
  year: number;
  /** BPD's count of requests for the year, at #requests; null when BPD reported none. */
  requests: { count: number | null; figure: FigureView; change: string } | null;
  figures: YearFigure[];
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

/** Returns what the page for one year shows, computed from the data. */
export function yearView(data: SiteData, year: number, locale: Locale): YearView {
  const t = useStrings(locale);
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
    figures: ofYear
      .filter((figure) => figureAnchor(figure.measure, figure.reportedBy) !== 'requests')
      .map((figure) => ({ anchor: figureAnchor(figure.measure, figure.reportedBy), label: labelOf(figure.measure, figure.reportedBy), figure: viewOf(figure) })),
    notReported: [...kinds.entries()]
      .filter(([key]) => !reported.has(key))
      .map(([, figure]) => labelOf(figure.measure, figure.reportedBy)),
    sources: withoutRepeats([...new Set(ofYear.map((figure) => figure.sourceId))].map((id) => sourceRef(data, id, locale))),
    previous: years[index - 1] ?? null,
    next: years[index + 1] ?? null,
  };
}
