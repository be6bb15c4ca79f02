import { extent } from 'd3-array';
import type { SiteData } from '../data/index.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import { sourceIdsOf } from './common.ts';
import { derivedMeasureId, detainerFiguresDataset } from './detainer-figures.ts';
import { DATA_LICENSE, TEXT_LICENSE } from './licenses.ts';
import { requestsByYearDataset } from './requests-by-year.ts';
import { sourcesDataset } from './sources.ts';
import type { DataPackage } from './types.ts';

/** The package's name in every metadata format; part of the public contract, like the URLs. */
export const PACKAGE_NAME = 'boston-detainer-data';

/** Returns the one description of the published data, from which every download and metadata file is made. */
export function describePackage(data: SiteData, locale: Locale = 'en'): DataPackage {
  const t = useStrings(locale);
  const latest = data.releases.at(-1);
  const first = data.releases[0];
  if (!latest || !first) throw new Error('No release in data/releases.csv');
  const [firstYear, lastYear] = extent(data.figures, (figure) => figure.year);
  const used = new Set(sourceIdsOf(data));
  const labelOf = (id: string) => data.measures.find((measure) => measure.id === id)?.label ?? id;
  return {
    name: PACKAGE_NAME,
    title: t('package.title'),
    description: t('package.description'),
    keywords: t('package.keywords').split(', '),
    creator: t('site.name'),
    spatial: t('package.spatial'),
    years: firstYear === undefined || lastYear === undefined ? null : [firstYear, lastYear],
    version: latest.version,
    modified: latest.date,
    issued: first.date,
    license: DATA_LICENSE,
    textLicense: TEXT_LICENSE,
    sources: data.sources
      .filter((source) => used.has(source.id))
      .map(({ id, title, name, publisher, author, url }) => ({ id, title, name, publisher, author, url })),
    measures: data.measures.flatMap((measure) => [
      { id: measure.id, label: measure.label, description: measure.description, unit: measure.unit },
      ...(measure.unit === 'percent' && measure.shareOf
        ? [{
          id: derivedMeasureId(measure.id),
          label: t('column.derivedMeasure', { label: measure.label }),
          description: t('column.derivedMeasureDescription', { share: measure.label, base: labelOf(measure.shareOf) }),
          unit: 'count' as const,
        }]
        : []),
    ]),
    datasets: [requestsByYearDataset(data, t), detainerFiguresDataset(data, t), sourcesDataset(data, t)],
  };
}
