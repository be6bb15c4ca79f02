import type { SiteData } from '../data/index.ts';
import { formatValue } from '../format.ts';
import { localizedPath, useStrings, type Locale } from '../i18n/index.ts';
import { sourceRef, sourceTitle, type SourceRef } from './source-ref.ts';
import { figureAnchor } from './year.ts';

export interface SourceView {
  id: string;
  title: { text: string; lang?: string };
  type: string;
  details: { label: string; value: string; isGiven: boolean }[];
  via: SourceRef | null;
  description: string;
  /** The figures that rest on this source directly, or through a record it describes, each linking to its year page. */
  figures: { text: string; href: string }[];
}

/** Returns every source as the sources page lists it, with the figures that rest on it. */
export function sourcesView(data: SiteData, locale: Locale): SourceView[] {
  const t = useStrings(locale);
  const given = (label: string, value: string | null) => ({ label, value: value ?? t('sources.notGiven'), isGiven: value !== null });
  const unitOf = (measure: string) => data.measures.find((candidate) => candidate.id === measure)?.unit;
  const labelOf = (measure: string) => data.measures.find((candidate) => candidate.id === measure)?.label ?? measure;

  return data.sources.map((source) => {
    const described = new Set([source.id, ...data.sources.filter((other) => other.via === source.id).map((other) => other.id)]);
    const figures = data.figures
      .filter((figure) => described.has(figure.sourceId))
      .map((figure) => {
        const value = figure.value === null
          ? t('figure.notReported')
          : formatValue(figure.value, unitOf(figure.measure) ?? 'count', locale);
        return {
          text: t('sources.figure', { year: String(figure.year), label: labelOf(figure.measure), agency: figure.reportedBy, value }),
          href: localizedPath(`/years/${figure.year}/#${figureAnchor(figure.measure, figure.reportedBy)}`, locale),
        };
      });
    return {
      id: source.id,
      title: sourceTitle(source, locale),
      type: t(source.type === 'news_report' ? 'sources.type.news_report' : 'sources.type.primary_record'),
      details: [
        given(t('sources.publisher'), source.publisher),
        given(t('sources.author'), source.author),
        given(t('sources.date'), source.published ?? source.dateNote),
        given(t('sources.url'), source.url),
      ],
      via: source.via ? sourceRef(data, source.via, locale) : null,
      description: source.description,
      figures,
    };
  });
}
