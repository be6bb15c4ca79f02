import type { SiteData } from '../data/index.ts';
import { KEBAB_ID, PARTIAL_DATE, SHORT_TITLE_MAX, SOURCE_TYPES, WEB_ADDRESS } from '../data/schemas.ts';
import type { Key } from '../i18n/index.ts';
import { describedBy, type Strings } from './common.ts';
import type { Column, Constraints, Dataset } from './types.ts';

export const SOURCES = 'sources';

/** Returns the sources table: one row per source, with the columns of data/sources.csv. */
export function sourcesDataset(data: SiteData, t: Strings): Dataset {
  const text = (name: string, constraints: Constraints = {}): Column => ({
    name, type: 'string', unit: null, description: t(`column.sources.${name}` as Key), constraints,
  });
  return {
    id: SOURCES,
    ...describedBy(t, SOURCES),
    columns: [
      text('id', { required: true, unique: true, pattern: KEBAB_ID.source }),
      text('type', { required: true, enum: [...SOURCE_TYPES] }),
      text('title'),
      text('short_title', { required: true, maxLength: SHORT_TITLE_MAX }),
      text('publisher'),
      text('author'),
      text('published', { pattern: PARTIAL_DATE.source }),
      text('date_note'),
      text('url', { pattern: WEB_ADDRESS.source }),
      text('via', { pattern: KEBAB_ID.source }),
      text('description', { required: true }),
      // Added in release 2026.11.30, last so that the earlier columns keep their places for anyone who reads them by position.
      text('name'),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['via'], reference: { resource: SOURCES, fields: ['id'] } }],
    rows: data.sources.map((source) => ({
      id: source.id, type: source.type, title: source.title, short_title: source.shortTitle, publisher: source.publisher,
      author: source.author, published: source.published, date_note: source.dateNote, url: source.url, via: source.via,
      description: source.description, name: source.name,
    })),
    years: null,
    sourceIds: [],
  };
}
