import type { SiteData } from '../data/index.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { latestYear, otherFiguresOf, POLICE, ICE, requestsByYear } from '../stats.ts';
import { describeChange, figureViewer, type FigureView } from './figure-view.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

export type { FigureView };

export interface HomeView {
  headline: { year: number; count: number; title: string; basis: string; source: SourceRef; change: string };
  otherFigures: { id: string; label: string; figure: FigureView }[];
  table: {
    caption: string;
    headers: { year: string; received: string; issued: string };
    rows: { year: number; received: FigureView; issued: FigureView; change: string }[];
  };
}

/** Returns everything the home page shows, as text, computed from the data. */
export function homeView(data: SiteData, locale: Locale): HomeView {
  const t = useStrings(locale);
  const year = latestYear(data);
  const years = requestsByYear(data);
  const latest = years.find((row) => row.year === year);
  if (!latest?.received || latest.received.value === null) throw new Error(`No BPD count for ${year}`);
  const agencyName = (id: string) => data.agencies.find((agency) => agency.id === id)?.name ?? id;

  const viewOf = figureViewer(data, locale);

  return {
    headline: {
      year,
      count: latest.received.value,
      title: t('home.headline', { year: String(year), count: latest.received.value }),
      basis: t('home.headlineBasis', { agency: agencyName(POLICE) }),
      source: sourceRef(data, latest.received.sourceId, locale),
      change: describeChange(latest.change, locale),
    },
    otherFigures: otherFiguresOf(data, year).map((figure) => ({
      id: figure.measure,
      label: data.measures.find((measure) => measure.id === figure.measure)?.label ?? figure.measure,
      figure: viewOf(figure),
    })),
    table: {
      caption: t('table.caption', { first: String(years[0]?.year ?? year), last: String(year) }),
      headers: {
        year: t('table.year'),
        received: t('table.receivedBy', { agency: POLICE }),
        issued: t('table.issuedBy', { agency: ICE }),
      },
      rows: years.toReversed().map((row) => ({
        year: row.year,
        received: viewOf(row.received),
        issued: viewOf(row.issued),
        change: describeChange(row.change, locale),
      })),
    },
  };
}
