// Checks a Frictionless Data Package (v1, tabular) the way the Data Package and Table Schema specifications
// say, offline: the descriptor's required properties, every resource's path, and every CSV row against its
// Table Schema (types, constraints, primary key, foreign keys). Returns every problem as a line of text.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { parse } from 'csv-parse/sync';

const NAME = /^[a-z0-9._-]+$/;
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const CONSTRAINTS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'enum'];

interface Field { name: string; type?: string; constraints?: Record<string, unknown>; trueValues?: string[]; falseValues?: string[] }
interface Schema { fields: Field[]; primaryKey?: string | string[]; foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[]; missingValues?: string[] }
interface Resource { name: string; path: string; schema: Schema; dialect?: { delimiter?: string; lineTerminator?: string; header?: boolean }; bytes?: number; hash?: string; encoding?: string }
type Value = string | number | boolean | null;

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Returns the rows of a resource's CSV, cast by its Table Schema, and every problem found on the way. */
export function castResource(dir: string, resource: Resource): { rows: Record<string, Value>[]; problems: string[] } {
  const problems: string[] = [];
  const at = (line: number, field: string, text: string) => problems.push(`${resource.path}:${line} ${field}: ${text}`);
  const text = readFileSync(join(dir, resource.path), 'utf8');
  const records: string[][] = parse(text, { delimiter: resource.dialect?.delimiter ?? ',', record_delimiter: resource.dialect?.lineTerminator ?? '\r\n', relax_column_count: false, bom: false });
  const [header = [], ...body] = records;
  const names = resource.schema.fields.map((field) => field.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`${resource.path}: header ${header.join(',')} is not the schema's fields ${names.join(',')}`);
  const missing = resource.schema.missingValues ?? [''];
  const rows = body.map((cells, index) => {
    const line = index + 2;
    return Object.fromEntries(resource.schema.fields.map((field, column) => {
      const raw = cells[column] ?? '';
      const value = missing.includes(raw) ? null : castCell(raw, field, (message) => at(line, field.name, message));
      checkConstraints(value, raw, field, (message) => at(line, field.name, message));
      return [field.name, value];
    }));
  });
  for (const field of resource.schema.fields.filter((candidate) => candidate.constraints?.['unique'] === true)) {
    const values = rows.map((row) => row[field.name]).filter((value) => value !== null);
    if (new Set(values).size !== values.length) problems.push(`${resource.path}: ${field.name} is not unique`);
  }
  const key = list(resource.schema.primaryKey);
  if (key.length > 0) {
    const keys = rows.map((row) => JSON.stringify(key.map((name) => row[name])));
    if (new Set(keys).size !== keys.length) problems.push(`${resource.path}: primary key ${key.join(',')} is not unique`);
    rows.forEach((row, index) => key.forEach((name) => row[name] === null && at(index + 2, name, 'is part of the primary key but empty')));
  }
  return { rows, problems };
}

function castCell(raw: string, field: Field, problem: (message: string) => void): Value {
  switch (field.type ?? 'string') {
    case 'integer': return /^-?\d+$/.test(raw) ? Number(raw) : (problem(`"${raw}" is not an integer`), null);
    case 'number': return /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(raw) ? Number(raw) : (problem(`"${raw}" is not a number`), null);
    case 'year': return /^-?\d{4}$/.test(raw) ? Number(raw) : (problem(`"${raw}" is not a year`), null);
    case 'boolean': {
      const trueValues = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const falseValues = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
      if (trueValues.includes(raw)) return true;
      if (falseValues.includes(raw)) return false;
      problem(`"${raw}" is not a boolean`);
      return null;
    }
    default: return raw;
  }
}

function checkConstraints(value: Value, raw: string, field: Field, problem: (message: string) => void) {
  const c = field.constraints ?? {};
  if (value === null) {
    if (c['required'] === true) problem('is required but empty');
    return;
  }
  if (typeof c['minimum'] === 'number' && typeof value === 'number' && value < c['minimum']) problem(`${value} is below ${c['minimum']}`);
  if (typeof c['maximum'] === 'number' && typeof value === 'number' && value > c['maximum']) problem(`${value} is above ${c['maximum']}`);
  if (typeof c['maxLength'] === 'number' && raw.length > c['maxLength']) problem(`is longer than ${c['maxLength']}`);
  // Table Schema patterns are XML Schema regular expressions, which match the whole value.
  if (typeof c['pattern'] === 'string' && !new RegExp(`^(?:${c['pattern']})$`, 'u').test(raw)) problem(`"${raw}" does not match ${c['pattern']}`);
  if (Array.isArray(c['enum']) && !c['enum'].includes(value)) problem(`"${raw}" is not one of ${c['enum'].join(', ')}`);
}

/** Returns every way in which the Data Package at `path` breaks the Data Package or Table Schema rules. */
export function checkDataPackage(path: string): string[] {
  const dir = dirname(path);
  const descriptor = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof descriptor['name'] !== 'string' || !NAME.test(descriptor['name'])) problems.push('name: expected lowercase letters, digits, ".", "_" or "-"');
  const licenses = descriptor['licenses'];
  if (!Array.isArray(licenses) || licenses.some((license: Record<string, unknown>) => !license['name'] && !license['path'])) problems.push('licenses: each needs a name or a path');
  const sources = descriptor['sources'];
  if (sources !== undefined && (!Array.isArray(sources) || sources.some((source: Record<string, unknown>) => typeof source['title'] !== 'string'))) problems.push('sources: each needs a title');
  const contributors = descriptor['contributors'];
  if (contributors !== undefined && (!Array.isArray(contributors) || contributors.some((person: Record<string, unknown>) => typeof person['title'] !== 'string'))) problems.push('contributors: each needs a title');
  const resources = descriptor['resources'];
  if (!Array.isArray(resources) || resources.length === 0) return [...problems, 'resources: expected a non-empty array'];

  const seen = new Set<string>();
  const cast = new Map<string, Record<string, Value>[]>();
  for (const resource of resources as Resource[]) {
    if (!NAME.test(resource.name ?? '')) problems.push(`resource ${resource.name}: bad name`);
    if (seen.has(resource.name)) problems.push(`resource ${resource.name}: name used twice`);
    seen.add(resource.name);
    // A path is a POSIX path relative to the descriptor, never absolute and never climbing out of its folder.
    if (typeof resource.path !== 'string' || isAbsolute(resource.path) || /^[a-z]+:/i.test(resource.path) || normalize(resource.path).startsWith('..')) {
      problems.push(`resource ${resource.name}: path must be relative and inside the package`);
      continue;
    }
    if (!existsSync(join(dir, resource.path))) {
      problems.push(`resource ${resource.name}: ${resource.path} does not exist`);
      continue;
    }
    const bytes = readFileSync(join(dir, resource.path));
    if (resource.bytes !== undefined && resource.bytes !== bytes.byteLength) problems.push(`resource ${resource.name}: bytes ${resource.bytes} but the file has ${bytes.byteLength}`);
    if (resource.hash !== undefined && resource.hash !== `sha256:${createHash('sha256').update(bytes).digest('hex')}`) problems.push(`resource ${resource.name}: hash does not match the file`);
    problems.push(...checkSchema(resource));
    const { rows, problems: rowProblems } = castResource(dir, resource);
    problems.push(...rowProblems);
    cast.set(resource.name, rows);
  }
  for (const resource of resources as Resource[]) {
    for (const key of resource.schema?.foreignKeys ?? []) {
      const target = key.reference.resource === '' ? resource.name : key.reference.resource;
      const targetRows = cast.get(target);
      if (!targetRows) { problems.push(`resource ${resource.name}: foreign key to unknown resource ${target}`); continue; }
      const known = new Set(targetRows.map((row) => JSON.stringify(list(key.reference.fields).map((name) => row[name]))));
      for (const row of cast.get(resource.name) ?? []) {
        const values = list(key.fields).map((name) => row[name]);
        if (values.every((value) => value === null)) continue;
        if (!known.has(JSON.stringify(values))) problems.push(`resource ${resource.name}: ${list(key.fields).join(',')} ${values.join(',')} is not in ${target}`);
      }
    }
  }
  return problems;
}

function checkSchema(resource: Resource): string[] {
  const problems: string[] = [];
  const fields = resource.schema?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return [`resource ${resource.name}: schema needs fields`];
  const names = fields.map((field) => field.name);
  if (new Set(names).size !== names.length) problems.push(`resource ${resource.name}: field names repeat`);
  for (const field of fields) {
    if (typeof field.name !== 'string' || field.name === '') problems.push(`resource ${resource.name}: a field without a name`);
    if (field.type !== undefined && !TYPES.includes(field.type)) problems.push(`resource ${resource.name}: ${field.name} has unknown type ${field.type}`);
    for (const constraint of Object.keys(field.constraints ?? {})) {
      if (!CONSTRAINTS.includes(constraint)) problems.push(`resource ${resource.name}: ${field.name} has unknown constraint ${constraint}`);
    }
  }
  for (const name of list(resource.schema.primaryKey)) if (!names.includes(name)) problems.push(`resource ${resource.name}: primary key ${name} is not a field`);
  for (const key of resource.schema.foreignKeys ?? []) {
    for (const name of list(key.fields)) if (!names.includes(name)) problems.push(`resource ${resource.name}: foreign key ${name} is not a field`);
    if (list(key.fields).length !== list(key.reference.fields).length) problems.push(`resource ${resource.name}: foreign key fields and reference fields differ in number`);
  }
  return problems;
}
