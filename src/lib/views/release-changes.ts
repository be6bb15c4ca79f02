import type { SiteData } from '../data/index.ts';
import { formatValue } from '../format.ts';
import { translateParts, useStrings, type Key, type Locale, type Part } from '../i18n/index.ts';
import type { FigureChange, ReleaseChanges, SourceChange } from '../releases/changes.ts';

/** One list of a release's changes as a page shows it: a heading and one line per figure or source. */
export interface ChangeList {
  heading: string;
  items: ChangeItem[];
}

/** One changed figure or source: what it is, then what happened to it (the columns that changed are code). */
export interface ChangeItem {
  label: string;
  detail: string;
  /** Column names of the published files that changed, shown as code: they are a public contract, not words. */
  fields: string[];
}

export interface ChangesView {
  lists: ChangeList[];
  /** Said when there is nothing to list. */
  summary: string | null;
}

/** Returns what a release changed, in the page's words: figures and sources added, changed and removed. */
export function changesView(changes: ReleaseChanges, data: SiteData, locale: Locale): ChangesView {
  const t = useStrings(locale);
  const valueOf = (value: number | null | undefined, unit: string) =>
    value === null || value === undefined ? t('figure.notReported') : formatValue(value, unit === 'percent' ? 'percent' : 'count', locale);
  const measureLabel = (id: string) => data.measures.find((measure) => measure.id === id)?.label;
  const figureLabel = (change: FigureChange) => {
    // A count the site works out from a share is published under the share's id with _as_count.
    const share = change.derived ? measureLabel(change.measure.replace(/_as_count$/, '')) : undefined;
    const label = share ? t('changes.countFrom', { label: share }) : measureLabel(change.measure) ?? change.measure;
    const named = t('changes.figure', { year: String(change.year), label: t('figure.asReportedBy', { label, agency: change.reported_by }) });
    // A figure the site computes is labelled derived wherever it appears, in a list of changes too.
    return change.derived ? t('changes.derivedFigure', { label: named, derived: t('figure.derived') }) : named;
  };
  const sourceLabel = (change: SourceChange) => data.sources.find((source) => source.id === change.id)?.shortTitle ?? change.id;
  const figureItems = (list: FigureChange[], detail: (change: FigureChange) => string) =>
    list.map((change) => ({ label: figureLabel(change), detail: detail(change), fields: [] as string[] }));
  const changedDetail = (change: FigureChange) => change.fields?.includes('value')
    ? t('changes.valueChanged', { old: valueOf(change.old_value, change.unit), new: valueOf(change.new_value, change.unit) })
    : t('changes.valueSame', { value: valueOf(change.new_value, change.unit) });
  const lists: [Key, ChangeItem[]][] = [
    ['changes.figuresAdded', figureItems(changes.figures.added, (change) => valueOf(change.new_value, change.unit))],
    ['changes.figuresChanged', changes.figures.changed.map((change) => ({
      label: figureLabel(change), detail: changedDetail(change), fields: (change.fields ?? []).filter((field) => field !== 'value'),
    }))],
    ['changes.figuresRemoved', figureItems(changes.figures.removed, (change) => t('changes.was', { value: valueOf(change.old_value, change.unit) }))],
    ['changes.sourcesAdded', changes.sources.added.map((change) => ({ label: sourceLabel(change), detail: '', fields: [] }))],
    ['changes.sourcesChanged', changes.sources.changed.map((change) => ({ label: sourceLabel(change), detail: '', fields: change.fields ?? [] }))],
    ['changes.sourcesRemoved', changes.sources.removed.map((change) => ({ label: sourceLabel(change), detail: '', fields: [] }))],
  ];
  const shown = lists.filter(([, items]) => items.length > 0).map(([key, items]) => ({ heading: t(key), items }));
  return { lists: shown, summary: shown.length === 0 ? t('changes.none') : null };
}

/** Returns a release's changes as plain text lines, for the feed: "Figures changed: 2025 …: 57 → 61". */
export function changesAsText(view: ChangesView, locale: Locale): string {
  const t = useStrings(locale);
  if (view.summary) return view.summary;
  return view.lists.map((list) => `${list.heading}${t('punct.colon')}${list.items.map((item) => itemText(item, locale)).join(t('punct.listSeparator'))}.`).join('\n');
}

/**
 * Returns one changed figure or source in pieces: "label: detail; columns changed: <fields>", the columns
 * changed as the slot `fields`, which a page shows as code and the feed as text.
 */
export function itemParts(item: ChangeItem, locale: Locale): Part[] {
  const t = useStrings(locale);
  const fields = item.fields.length > 0 ? translateParts(locale, 'changes.fields', ['fields']) : [];
  const detail = [...(item.detail ? [[{ text: item.detail }]] : []), ...(fields.length > 0 ? [fields] : [])];
  if (detail.length === 0) return [{ text: item.label }];
  return [{ text: `${item.label}${t('punct.colon')}` }, ...detail.flatMap((parts, index) => (index > 0 ? [{ text: t('punct.listSeparator') }, ...parts] : parts))];
}

/** Returns one changed figure or source as a line of text. */
export const itemText = (item: ChangeItem, locale: Locale) =>
  itemParts(item, locale).map((part) => ('text' in part ? part.text : item.fields.join(', '))).join('');
