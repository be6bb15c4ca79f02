import type { Column, Dataset } from '../catalog/types.ts';
import type { Strings } from '../catalog/common.ts';

/**
 * Returns a JavaScript pattern (anchored with ^ and $) as Table Schema wants it: XML Schema syntax, which
 * matches the whole value without anchors and has no (?: groups.
 */
export const toXsdPattern = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '').replaceAll('(?:', '(');

/** Returns a column's meaning with its unit, for the metadata formats that have no unit property. */
export function describeWithUnit(column: Column, t: Strings): string {
  return column.unit === null ? column.description : `${column.description} ${t('column.unitSuffix', { unit: t(`unit.${column.unit}`) })}`;
}

/** Returns the Frictionless Table Schema of a dataset: fields with types and constraints, keys, missing values. */
export function tableSchema(dataset: Dataset, t: Strings) {
  return {
    fields: dataset.columns.map((column) => ({
      name: column.name,
      type: column.type,
      description: describeWithUnit(column, t),
      ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      ...(Object.keys(column.constraints).length > 0
        ? {
          constraints: {
            ...column.constraints,
            ...(column.constraints.pattern ? { pattern: toXsdPattern(column.constraints.pattern) } : {}),
          },
        }
        : {}),
    })),
    missingValues: [''],
    primaryKey: dataset.primaryKey,
    ...(dataset.foreignKeys.length > 0
      ? {
        foreignKeys: dataset.foreignKeys.map((key) => ({
          fields: key.fields,
          // Table Schema names the table itself with an empty resource.
          reference: { resource: key.reference.resource === dataset.id ? '' : key.reference.resource, fields: key.reference.fields },
        })),
      }
      : {}),
  };
}
