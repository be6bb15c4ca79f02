import { z } from 'astro/zod';

// Row schemas check one row of one file on its own; references between rows and files are in rules.ts.
// Each message starts with "expected", and the loader adds what was found.

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SNAKE_ID = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
export const AGENCY_ID = /^[A-Z][A-Z0-9]*$/;
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const WEB_ADDRESS = /^https?:\/\/[^\s"<>]+$/;
export const SHORT_TITLE_MAX = 60;
const MAX_TEXT = 500;

/**
 * The earliest year a figure can be for, or a source published: ICE was created in 2003 (by the Homeland
 * Security Act of 2002), so no ICE detainer request, and no report of one, is older.
 */
export const EARLIEST_YEAR = 2003;

/** Returns whether YYYY, YYYY-MM or YYYY-MM-DD names a real year, month or day (no 2025-02-30, no 2025-13). */
export function isCalendarDate(value: string): boolean {
  const [year = '', month = '01', day = '01'] = value.split('-');
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

const text = (what: string) => z.string().min(1, `expected ${what}`).max(MAX_TEXT, `expected ${what} of at most ${MAX_TEXT} characters`);
const optionalText = (what: string) => z.string().max(MAX_TEXT, `expected ${what} of at most ${MAX_TEXT} characters`);
const emptyAsNull = (value: string) => (value === '' ? null : value);
/** Returns a pattern that also accepts an empty value, from one anchored with ^ and $. */
const orEmpty = (pattern: RegExp) => new RegExp(`^(?:${pattern.source.slice(1, -1)})?$`);

export const SOURCE_TYPES = ['news_report', 'primary_record'] as const;
export const UNITS = ['count', 'percent'] as const;
export type Unit = (typeof UNITS)[number];

export const sourceRow = z.object({
  id: z.string().regex(KEBAB_ID, 'expected an id in lowercase words joined by hyphens, for example wbur-fax'),
  type: z.enum(SOURCE_TYPES, `expected one of ${SOURCE_TYPES.join(', ')}`),
  title: optionalText('a title').transform(emptyAsNull),
  name: optionalText('a name').transform(emptyAsNull),
  short_title: text('a short title').max(SHORT_TITLE_MAX, `expected a short title of at most ${SHORT_TITLE_MAX} characters`),
  publisher: optionalText('a publisher').transform(emptyAsNull),
  author: optionalText('an author').transform(emptyAsNull),
  published: z
    .string()
    .regex(orEmpty(PARTIAL_DATE), 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or nothing when not given')
    .refine((value) => value === '' || isCalendarDate(value), 'expected a real date: a month and a day that exist in the calendar')
    .refine((value) => value === '' || Number(value.slice(0, 4)) >= EARLIEST_YEAR, `expected a date no earlier than ${EARLIEST_YEAR}, when ICE was created`)
    .transform(emptyAsNull),
  date_note: optionalText('a date note').transform(emptyAsNull),
  url: z
    .string()
    .regex(orEmpty(WEB_ADDRESS), 'expected a web address starting with https:// or http://, or nothing when not given')
    .transform(emptyAsNull),
  via: z.string().regex(orEmpty(KEBAB_ID), 'expected the id of the source that describes this one, or nothing').transform(emptyAsNull),
  description: text('a description'),
});

export const agencyRow = z.object({
  id: z.string().regex(AGENCY_ID, 'expected a short id in capital letters, for example BPD'),
  name: text('a name'),
});

export const measureRow = z.object({
  id: z.string().regex(SNAKE_ID, 'expected an id in lowercase words joined by underscores, for example detainer_requests'),
  unit: z.enum(UNITS, `expected one of ${UNITS.join(', ')}`),
  share_of: z.string().regex(/^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)*)?$/, 'expected the id of a count measure, or nothing').transform(emptyAsNull),
  label: text('a label'),
  short_label: text('a short label').max(40, 'expected a short label of at most 40 characters'),
  description: text('a description'),
});

/** A data version: the release date with dots, and `.2`, `.3` … for a later release on the same day. */
export const VERSION = /^\d{4}\.\d{2}\.\d{2}(?:\.(?:[2-9]|[1-9]\d+))?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const releaseRow = z.object({
  version: z.string().regex(VERSION, 'expected a version made of the release date with dots, for example 2026.11.23 (2026.11.23.2 for a second release that day)'),
  date: z.string().regex(ISO_DATE, 'expected a date as YYYY-MM-DD').refine(isCalendarDate, 'expected a real calendar date as YYYY-MM-DD'),
  changes: text('a summary of what changed'),
});

/** The value column is checked separately, by `parseValue` (values.ts), once the row's measure is known. */
export const figureRow = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, 'expected a four-digit year')
    .transform(Number)
    .refine((year) => year >= EARLIEST_YEAR, `expected a year no earlier than ${EARLIEST_YEAR}, when ICE was created`),
  measure: z.string().regex(SNAKE_ID, 'expected a measure id from data/measures.csv'),
  reported_by: z.string().regex(AGENCY_ID, 'expected an agency id from data/agencies.csv'),
  value: z.string(),
  source_id: z.string().regex(KEBAB_ID, 'expected a source id from data/sources.csv'),
  note: optionalText('a note').transform(emptyAsNull),
});

export type SourceRow = z.output<typeof sourceRow>;
export type AgencyRow = z.output<typeof agencyRow>;
export type MeasureRow = z.output<typeof measureRow>;
export type FigureRow = z.output<typeof figureRow>;
export type ReleaseRow = z.output<typeof releaseRow>;
export const columnsOf = (schema: z.ZodObject) => Object.keys(schema.shape);
