import Papa from 'papaparse';
import type { Release } from '../data/index.ts';

// What `npm run release -- "…"` adds to releases.csv: the row of a new release, dated today, with the next
// version of the day. The rules it follows are those that check:data enforces (src/lib/data/rules.ts).

/** Returns today's date as YYYY-MM-DD in UTC, the day check:data compares release dates with. */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Returns the version of a new release made on `date`: the date with dots, or, when releases that day exist,
 * the next of `.2`, `.3` … (a version without a number is the day's first).
 */
export function nextVersion(releases: readonly Pick<Release, 'version'>[], date: string): string {
  const day = date.replaceAll('-', '.');
  const numbers = releases
    .map((release) => release.version)
    .filter((version) => version === day || version.startsWith(`${day}.`))
    .map((version) => (version === day ? 1 : Number(version.slice(day.length + 1))));
  return numbers.length === 0 ? day : `${day}.${Math.max(...numbers) + 1}`;
}

/**
 * Returns releases.csv with one more row at its end, in the file's own line endings, quoted as RFC 4180 asks
 * (by papaparse). A file that does not end with a line break gets one first, so the row is never glued on.
 */
export function appendReleaseRow(csv: string, row: { version: string; date: string; changes: string }): string {
  const newline = csv.includes('\r\n') ? '\r\n' : '\n';
  const line = Papa.unparse([[row.version, row.date, row.changes]], { newline, quotes: false });
  const ended = csv === '' || /[\r\n]$/.test(csv) ? csv : `${csv}${newline}`;
  return `${ended}${line}${newline}`;
}

/** Returns the release message as given on the command line, or an error saying why it cannot be one. */
export function releaseMessage(args: readonly string[]): { message: string } | { error: string } {
  const message = args.join(' ').replace(/\s+/g, ' ').trim();
  if (message === '') {
    return { error: 'Say what changed in this release, in a sentence or two: npm run release -- "Adds BPD\'s count for 2026."' };
  }
  if (message.length > 500) return { error: `The message is ${message.length} characters long; releases.csv takes at most 500.` };
  return { message };
}
