import { extent } from 'd3-array';
import type { SiteData } from '../data/index.ts';
import { AGENCY_ID, KEBAB_ID, UNITS } from '../data/schemas.ts';
import { countsFromShares } from '../stats.ts';
import { describedBy, sourceIdsOf, type Strings } from './common.ts';
import { SOURCES } from './sources.ts';
import type { Column, Dataset, Row } from './types.ts';

export const DETAINER_FIGURES = 'detainer-figures';

/** Returns the id under which a count derived from a share is published, for example dedicated_line_share_as_count. */
export const derivedMeasureId = (shareMeasure: string) => `${shareMeasure}_as_count`;

/** Returns the long table: one row per figure, reported or derived, with its source and note. */
export function detainerFiguresDataset(data: SiteData, t: Strings): Dataset {
  const measures = data.measures.flatMap((measure) => [
    { id: measure.id, label: measure.label },
    ...(measure.unit === 'percent' && measure.shareOf ? [{ id: derivedMeasureId(measure.id), label: t('column.derivedMeasure', { label: measure.label }) }] : []),
  ]);
  const columns: Column[] = [
    { name: 'year', type: 'year', unit: null, description: t('column.year'), constraints: { required: true } },
    {
      name: 'measure', type: 'string', unit: null,
      description: t('column.measure', { measures: measures.map((measure) => t('column.measureItem', measure)).join(t('punct.listSeparator')) }),
      constraints: { required: true, enum: measures.map((measure) => measure.id) },
    },
    { name: 'value', type: 'number', unit: null, description: t('column.value'), constraints: { minimum: 0 } },
    { name: 'unit', type: 'string', unit: null, description: t('column.unit'), constraints: { required: true, enum: [...UNITS] } },
    {
      name: 'reported_by', type: 'string', unit: null,
      description: t('column.reportedBy', { agencies: data.agencies.map((agency) => `${agency.id} (${agency.name})`).join(t('punct.listSeparator')) }),
      constraints: { required: true, enum: data.agencies.map((agency) => agency.id), pattern: AGENCY_ID.source },
    },
    { name: 'source_id', type: 'string', unit: null, description: t('column.sourceId'), constraints: { required: true, pattern: KEBAB_ID.source } },
    { name: 'derived', type: 'boolean', unit: null, description: t('column.derived'), constraints: { required: true } },
    { name: 'note', type: 'string', unit: null, description: t('column.note'), constraints: {} },
  ];

  const unitOf = new Map(data.measures.map((measure) => [measure.id, measure.unit]));
  const measureOrder = data.measures.map((measure) => measure.id);
  const agencyOrder = data.agencies.map((agency) => agency.id);
  const derived = countsFromShares(data);
  const rows: Row[] = data.figures
    .toSorted((a, b) => a.year - b.year || measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) || agencyOrder.indexOf(a.reportedBy) - agencyOrder.indexOf(b.reportedBy))
    .flatMap((figure) => {
      const reported: Row = {
        year: figure.year, measure: figure.measure, value: figure.value, unit: unitOf.get(figure.measure) ?? null,
        reported_by: figure.reportedBy, source_id: figure.sourceId, derived: false, note: figure.note,
      };
      const fromShare = derived.filter((count) => count.year === figure.year && count.measure === figure.measure && count.reportedBy === figure.reportedBy);
      return [reported, ...fromShare.map((count): Row => {
        const [shareSource = figure.sourceId, totalSource] = count.sourceIds;
        const params = { share: count.share, total: count.total, exact: count.exact, value: count.value };
        return {
          year: count.year, measure: derivedMeasureId(count.measure), value: count.value, unit: 'count',
          reported_by: count.reportedBy, source_id: shareSource, derived: true,
          note: totalSource ? t('column.derivedNoteSources', { ...params, totalSource }) : t('column.derivedNote', params),
        };
      })];
    });

  const [first, last] = extent(data.figures, (figure) => figure.year);
  return {
    id: DETAINER_FIGURES,
    ...describedBy(t, DETAINER_FIGURES),
    columns,
    primaryKey: ['year', 'measure', 'reported_by'],
    foreignKeys: [{ fields: ['source_id'], reference: { resource: SOURCES, fields: ['id'] } }],
    rows,
    years: first === undefined || last === undefined ? null : [first, last],
    sourceIds: sourceIdsOf(data),
  };
}
