import { group } from 'd3-array';
import type { DataIssue } from './issues.ts';
import type { Measure, Release, Source } from './model.ts';
import { issueAt, knownValues, type Draft, type Table } from './table.ts';

// Rules that a row schema cannot check alone: references between rows, and rules across rows. They read
// every row as far as it could be read (table.drafts), and skip a check that needs a field a row lacks:
// that field's own problem is reported already, and one mistake is reported once.

/** Returns an issue for every id used by more than one row. */
export function checkUniqueIds<T extends { id: string; line: number }>(table: Table<T>): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = table.drafts.filter((row) => row.id !== undefined);
  for (const [id, rows] of group(known, (row) => row.id)) {
    const [first, ...repeats] = rows;
    for (const row of repeats) {
      issues.push(issueAt(table, row.line, 'id', `expected each id once; line ${first?.line} already uses it`, String(id)));
    }
  }
  return issues;
}

/** Returns an issue for every source that gives both a published title and a name of ours, or neither. */
export function checkSourceTitles(sources: Table<Source>): DataIssue[] {
  return sources.drafts.flatMap((source) => {
    // A title or a name refused for a reason of its own is reported already.
    if (source.title === undefined || source.name === undefined) return [];
    if (source.title !== null && source.name !== null) {
      return [issueAt(sources, source.line, 'name', 'expected nothing when the title as published is given', source.name)];
    }
    if (source.title === null && source.name === null) {
      return [issueAt(sources, source.line, 'title', 'expected the title as published, or, when the source has no known title, a name in the name column')];
    }
    return [];
  });
}

/**
 * Returns an issue for every `via` that does not name a news report in the file, and for a news report
 * with a `via`: a primary record is known through a report, and a report is cited as itself, so the chain
 * is one step long and always ends (two sources cannot name each other).
 */
export function checkSourceLinks(sources: Table<Source>): DataIssue[] {
  const byId = firstById(sources.drafts);
  const ids = knownValues(sources, 'id');
  const issues: DataIssue[] = [];
  for (const source of sources.drafts) {
    const via = source.via;
    if (via === null || via === undefined) continue;
    const at = (expected: string) => issues.push(issueAt(sources, source.line, 'via', expected, via));
    const target = byId.get(via);
    if (via === source.id || (!target && ids)) at('expected the id of another source in this file');
    else if (source.type === 'news_report') at('expected nothing for a news_report: a report is cited as itself, only a primary_record is known through one');
    else if (source.type === 'primary_record' && target?.type === 'primary_record') at(`expected the id of a news_report that this record is known through; line ${target.line} is a primary_record`);
  }
  return issues;
}

/** Returns an issue for every source dated after today (a date may give only the year, or the year and month). */
export function checkSourceDates(sources: Table<Source>, today: string): DataIssue[] {
  return sources.drafts
    .filter((source) => typeof source.published === 'string' && source.published > today.slice(0, source.published.length))
    .map((source) => issueAt(sources, source.line, 'published', `expected a date no later than today, ${today}`, source.published ?? ''));
}

/** Returns an issue for every percentage without a count to be a share of, and every count with one. */
export function checkMeasureLinks(measures: Table<Measure>): DataIssue[] {
  const byId = firstById(measures.drafts);
  const ids = knownValues(measures, 'id');
  const counts = measures.drafts.filter((measure) => measure.unit === 'count').map((measure) => measure.id);
  const issues: DataIssue[] = [];
  for (const measure of measures.drafts) {
    const shareOf = measure.shareOf;
    if (shareOf === undefined) continue;
    const target = shareOf === null ? undefined : byId.get(shareOf);
    // A share of a measure whose unit was refused, or of one that may be the row whose id was refused, is not judged.
    const isUnknown = shareOf !== null && ((target && target.unit === undefined) || (!target && !ids));
    if (measure.unit === 'percent' && !isUnknown && target?.unit !== 'count') {
      const expected = `expected the id of the count measure this percentage is a share of (${counts.join(', ')})`;
      issues.push(issueAt(measures, measure.line, 'share_of', expected, shareOf ?? ''));
    }
    if (measure.unit === 'count' && shareOf !== null) {
      issues.push(issueAt(measures, measure.line, 'share_of', 'expected nothing for a count measure', shareOf));
    }
  }
  return issues;
}

/** Returns an issue for every release that repeats a version, does not match its date, is dated after today or is out of order. */
export function checkReleases(releases: Table<Release>, today: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  let previous: Draft<Release> | undefined;
  for (const release of releases.drafts) {
    const at = (field: string, expected: string, found: string) => issues.push(issueAt(releases, release.line, field, expected, found));
    const { version, date } = release;
    if (date !== undefined && date > today) at('date', `expected a date no later than today, ${today}`, date);
    if (version === undefined) continue;
    const first = seen.get(version);
    if (first !== undefined) at('version', `expected each version once; line ${first} already uses it`, version);
    seen.set(version, release.line);
    const dotted = date?.replaceAll('-', '.');
    if (dotted !== undefined && version !== dotted && !version.startsWith(`${dotted}.`)) {
      at('version', `expected the version to be the release date with dots, ${dotted}`, version);
    }
    if (previous?.version && first === undefined && compareVersions(version, previous.version) <= 0) {
      at('version', `expected releases oldest first: this one after ${previous.version} on line ${previous.line}`, version);
    }
    previous = release;
  }
  return issues;
}

/** Orders versions by date, then by the same-day number (a version without one is the day's first). */
export function compareVersions(a: string, b: string): number {
  const key = (version: string) => {
    const [year = 0, month = 0, day = 0, sameDay = 1] = version.split('.').map(Number);
    return [year, month, day, sameDay];
  };
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return 0;
}

/** Returns the first row with each id, among the rows whose id could be read. */
export function firstById<T extends { id: string | undefined; line: number }>(rows: T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const row of rows) if (row.id !== undefined && !byId.has(row.id)) byId.set(row.id, row);
  return byId;
}
