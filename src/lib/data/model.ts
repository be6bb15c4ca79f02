import type { Locale } from '../i18n/locales.ts';
import type { Term } from './terms.ts';
import type { Unit } from './schemas.ts';

/** Where a row came from, so that later checks can point at it. */
export interface Located {
  line: number;
}

export interface Source extends Located {
  id: string;
  type: 'news_report' | 'primary_record';
  /** The title as published; null when the source has no known published title. */
  title: string | null;
  /** For a source without a known title: a name this site gives it, which describes it and is not a title. */
  name: string | null;
  /** A few words that name the source in a table cell. */
  shortTitle: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  dateNote: string | null;
  url: string | null;
  /** The source that describes this one, for a primary record known only through a report. */
  via: string | null;
  description: string;
}

export interface Agency extends Located {
  id: string;
  name: string;
}

export interface Measure extends Located {
  id: string;
  unit: Unit;
  /** For a percentage: the count measure it is a share of. */
  shareOf: string | null;
  label: string;
  /** A few words naming it in a chart. */
  shortLabel: string;
  description: string;
}

export interface Figure extends Located {
  year: number;
  measure: string;
  reportedBy: string;
  /** null when the source did not report the value. */
  value: number | null;
  sourceId: string;
  note: string | null;
}

/** One published version of the data, from data/releases.csv. */
export interface Release extends Located {
  /** For example 2026.11.23: the date with dots, and .2, .3 … for a later release the same day. */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  changes: string;
}

/** Returns what names a source: its published title, or else the name this site gives it. */
export const titleOrName = (source: Pick<Source, 'id' | 'title' | 'name'>): string => source.title ?? source.name ?? source.id;

/** Everything in data/, validated. */
export interface SiteData {
  sources: Source[];
  agencies: Agency[];
  measures: Measure[];
  figures: Figure[];
  /** Oldest first; the last is the latest release. */
  releases: Release[];
  /** The text cells in each language but English, from data/translations/ (see translations.ts and localizeData). */
  translations: Partial<Record<Locale, Map<string, string>>>;
  /** The one term for each concept in each language, with its source (data/terms.csv). */
  terms: Term[];
}
