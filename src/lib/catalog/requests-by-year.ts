import { extent, index, range } from 'd3-array';
import type { SiteData } from '../data/index.ts';
import { countsFromShares } from '../stats.ts';
import { describedBy, sourceIdsOf, type Strings } from './common.ts';
import type { Column, Dataset, Row } from './types.ts';

export const REQUESTS_BY_YEAR = 'detainer-requests-by-year';

/** Returns the column name of one measure as one agency reports it, for example detainer_requests_bpd. */
export const seriesColumn = (measure: string, agency: string) => `${measure}_${agency.toLowerCase()}`;

/** Returns the wide table: one row per year, one column per measure and agency, and one per derived count. */
export function requestsByYearDataset(data: SiteData, t: Strings): Dataset {
  const agencies = new Map(data.agencies.map((agency) => [agency.id, agency]));
  const series = data.measures.flatMap((measure) =>
    data.agencies
      .filter((agency) => data.figures.some((figure) => figure.measure === measure.id && figure.reportedBy === agency.id))
      .map((agency) => ({ measure, agency })));

  const columns: Column[] = [
    { name: 'year', type: 'year', unit: null, description: t('column.year'), constraints: { required: true, unique: true } },
  ];
  for (const { measure, agency } of series) {
    const name = seriesColumn(measure.id, agency.id);
    const isPercent = measure.unit === 'percent';
    columns.push({
      name,
      type: isPercent ? 'number' : 'integer',
      unit: measure.unit,
      description: t('column.byYear.reported', { label: measure.label, agency: `${agencies.get(agency.id)?.name} (${agency.id})` }),
      constraints: isPercent ? { minimum: 0, maximum: 100 } : { minimum: 0 },
    });
    if (isPercent && measure.shareOf) {
      columns.push({
        name: `${name}_as_count`,
        type: 'integer',
        unit: 'count',
        description: t('column.byYear.derived', { share: name, base: seriesColumn(measure.shareOf, agency.id) }),
        constraints: { minimum: 0 },
        isDerived: true,
      });
    }
  }

  const [first, last] = extent(data.figures, (figure) => figure.year);
  const years = first === undefined || last === undefined ? [] : range(first, last + 1);
  const figures = index(data.figures, (figure) => figure.year, (figure) => seriesColumn(figure.measure, figure.reportedBy));
  const derived = index(countsFromShares(data), (count) => count.year, (count) => `${seriesColumn(count.measure, count.reportedBy)}_as_count`);
  const rows: Row[] = years.map((year) =>
    Object.fromEntries(columns.map((column): [string, number | null] => [
      column.name,
      column.name === 'year' ? year : (figures.get(year)?.get(column.name)?.value ?? derived.get(year)?.get(column.name)?.value ?? null),
    ])));

  return {
    id: REQUESTS_BY_YEAR,
    ...describedBy(t, REQUESTS_BY_YEAR),
    columns,
    primaryKey: ['year'],
    foreignKeys: [],
    rows,
    years: first === undefined || last === undefined ? null : [first, last],
    sourceIds: sourceIdsOf(data),
  };
}
