import { extent, group, index, max, pairs, range, sort } from 'd3-array';
import type { Figure, SiteData } from './data/index.ts';

/** The measure the site is about, and the two agencies that count it. */
export const REQUESTS = 'detainer_requests';
export const POLICE = 'BPD';
export const ICE = 'ICE';

/**
 * Below this base, a change is told in counts only: a ratio on a handful of requests says more about the
 * tiny base than about the change.
 */
export const MIN_BASE_FOR_RATIO = 10;

/** One year's change from the year before, in one agency's count of one measure. */
export interface YearChange {
  year: number;
  previousYear: number;
  value: number;
  previous: number;
  difference: number;
  /** value ÷ previous; null when the base is too small to make a ratio meaningful. */
  ratio: number | null;
  sourceIds: string[];
}

/** A figure computed from reported figures, never reported itself. */
export interface DerivedFigure {
  derived: true;
  year: number;
  value: number;
  sourceIds: string[];
}

/** ICE's count set against BPD's for a year in which both exist. */
export interface AgencyRatio extends DerivedFigure {
  issued: number;
  received: number;
  issuedSourceId: string;
  receivedSourceId: string;
}

/** A count derived from a reported percentage of a reported count. */
export interface CountFromShare extends DerivedFigure {
  measure: string;
  reportedBy: string;
  share: number;
  total: number;
  /** share × total before rounding, for example 15.96. */
  exact: number;
}

/** One row per year of the requests table: each agency's figure, when there is one. */
export interface RequestsYear {
  year: number;
  received: Figure | null;
  issued: Figure | null;
  change: YearChange | null;
}

/** Returns one rounded to one decimal place, the precision the site states ratios in. */
export const toOneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Returns the reported figures of one measure by one agency, oldest year first. */
export function seriesOf(figures: Figure[], measure: string, reportedBy: string): (Figure & { value: number })[] {
  return figures
    .filter((figure): figure is Figure & { value: number } =>
      figure.measure === measure && figure.reportedBy === reportedBy && figure.value !== null)
    .toSorted((a, b) => a.year - b.year);
}

/** Returns the latest year with a reported count of requests by BPD. */
export function latestYear(data: SiteData): number {
  const year = max(seriesOf(data.figures, REQUESTS, POLICE), (figure) => figure.year);
  if (year === undefined) throw new Error(`No ${REQUESTS} figure reported by ${POLICE} in the data.`);
  return year;
}

/** Returns the change from each year to the next, for consecutive years of a series only. */
export function yearOverYear(series: (Figure & { value: number })[]): YearChange[] {
  return pairs(series)
    .filter(([before, after]) => after.year === before.year + 1)
    .map(([before, after]) => ({
      year: after.year,
      previousYear: before.year,
      value: after.value,
      previous: before.value,
      difference: after.value - before.value,
      ratio: before.value >= MIN_BASE_FOR_RATIO ? toOneDecimal(after.value / before.value) : null,
      sourceIds: [...new Set([before.sourceId, after.sourceId])],
    }));
}

/** Returns, for each year with both counts, ICE's count as a multiple of BPD's. */
export function agencyRatios(data: SiteData): AgencyRatio[] {
  const received = index(seriesOf(data.figures, REQUESTS, POLICE), (figure) => figure.year);
  return seriesOf(data.figures, REQUESTS, ICE).flatMap((issued) => {
    const police = received.get(issued.year);
    if (!police || police.value === 0) return [];
    return [{
      derived: true as const,
      year: issued.year,
      issued: issued.value,
      received: police.value,
      issuedSourceId: issued.sourceId,
      receivedSourceId: police.sourceId,
      value: toOneDecimal(issued.value / police.value),
      sourceIds: [...new Set([police.sourceId, issued.sourceId])],
    }];
  });
}

/** Returns a count for every reported percentage: share × total, rounded to the nearest whole number. */
export function countsFromShares(data: SiteData): CountFromShare[] {
  const totals = index(
    data.figures.filter((figure) => figure.value !== null),
    (figure) => figure.year,
    (figure) => figure.measure,
    (figure) => figure.reportedBy,
  );
  const measures = index(data.measures, (measure) => measure.id);
  return data.figures.flatMap((share) => {
    const base = measures.get(share.measure)?.shareOf;
    if (!base || share.value === null) return [];
    const total = totals.get(share.year)?.get(base)?.get(share.reportedBy);
    if (!total || total.value === null) return [];
    const exact = (share.value / 100) * total.value;
    return [{
      derived: true as const,
      measure: share.measure,
      reportedBy: share.reportedBy,
      year: share.year,
      share: share.value,
      total: total.value,
      exact: Math.round(exact * 100) / 100,
      value: Math.round(exact),
      sourceIds: [...new Set([share.sourceId, total.sourceId])],
    }];
  });
}

/** Returns one row per year from the first to the latest year of requests, gaps included. */
export function requestsByYear(data: SiteData): RequestsYear[] {
  const requests = data.figures.filter((figure) => figure.measure === REQUESTS);
  const [first, last] = extent(requests, (figure) => figure.year);
  if (first === undefined || last === undefined) return [];
  const byYear = group(requests, (figure) => figure.year, (figure) => figure.reportedBy);
  const changes = index(yearOverYear(seriesOf(data.figures, REQUESTS, POLICE)), (change) => change.year);
  return range(first, last + 1).map((year) => ({
    year,
    received: byYear.get(year)?.get(POLICE)?.[0] ?? null,
    issued: byYear.get(year)?.get(ICE)?.[0] ?? null,
    change: changes.get(year) ?? null,
  }));
}

/** Returns the figures for one year other than the request counts, in the order of data/measures.csv. */
export function otherFiguresOf(data: SiteData, year: number): Figure[] {
  const order = data.measures.map((measure) => measure.id);
  return data.figures
    .filter((figure) => figure.year === year && figure.measure !== REQUESTS)
    .toSorted((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure));
}

/** Returns every year that has a figure, oldest first: each gets a page at /years/<year>/. */
export const yearsOf = (data: SiteData): number[] => sort(new Set(data.figures.map((figure) => figure.year)));

/** Returns the latest data release, which every page shows and cites. */
export function latestRelease(data: SiteData): { version: string; date: string } {
  const release = data.releases.at(-1);
  if (!release) throw new Error('No release in data/releases.csv');
  return { version: release.version, date: release.date };
}
