import type { SiteData } from '../data/index.ts';
import type { Key } from '../i18n/index.ts';

/** A translate function bound to one locale, as useStrings returns. */
export type Strings = (key: Key, params?: Record<string, string | number>) => string;

/**
 * Returns the ids of the sources that the figures rest on, with the reports that primary records are known
 * through, in the order of data/sources.csv.
 */
export function sourceIdsOf(data: SiteData): string[] {
  const used = new Set(data.figures.map((figure) => figure.sourceId));
  for (const source of data.sources) if (used.has(source.id) && source.via) used.add(source.via);
  return data.sources.filter((source) => used.has(source.id)).map((source) => source.id);
}

/** Returns a dataset's title, description and what one row is, from the UI strings. */
export function describedBy(t: Strings, id: string): { title: string; description: string; row: string } {
  const key = (part: string) => `dataset.${id}.${part}` as Key;
  return { title: t(key('title')), description: t(key('description')), row: t(key('row')) };
}
