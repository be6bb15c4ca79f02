import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePackage } from '../../src/lib/catalog/package.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { NON_FEDERAL_SCHEMA } from '../../src/lib/metadata/dcat-us.ts';
import { checkDataPackage } from '../helpers/data-package.ts';
import { errorsOf, nonFederalCatalogValidator, SCHEMA_SKIPPED } from '../helpers/dcat-us-schema.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { buildSite, built, SITE, SITE_WITH_2026, SITE_WITH_URL, SITE_WITH_URL_OUTPUT, TEST_SITE_URL } from './site.ts';

const pkg = describePackage(loadData({ dataDir: 'data', today: TODAY }));
const json = (site: string, path: string) => JSON.parse(built(site, path).toString('utf8'));

describe('/data/datapackage.json', () => {
  it.each([
    ['the latest release', SITE, 'data'],
    ['the frozen release', SITE, 'data/v2026.11.30'],
    ['the frozen release made by the release command', SITE, 'data/v2026.12.07'],
    ['a build with one more year', SITE_WITH_2026, 'data'],
  ])('of %s satisfies the Data Package and Table Schema rules, every CSV row included', (_name, site, folder) => {
    expect(checkDataPackage(join(site, folder, 'datapackage.json'))).toEqual([]);
  });

  it('describes every CSV file with its schema, keys, license and sources', () => {
    const descriptor = json(SITE, 'data/datapackage.json');
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package', name: 'boston-detainer-data', version: '2026.12.07',
      licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
      contributors: [{ title: 'Boston Detainer Data', role: 'publisher' }],
    });
    expect(descriptor.sources.map((source: { title: string }) => source.title)).toHaveLength(4);
    expect(descriptor.resources.map((resource: { path: string }) => resource.path)).toEqual(['detainer-requests-by-year.csv', 'detainer-figures.csv', 'sources.csv']);
    const figures = descriptor.resources[1];
    expect(figures.schema.primaryKey).toEqual(['year', 'measure', 'reported_by']);
    expect(figures.schema.foreignKeys).toEqual([{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }]);
    expect(descriptor.resources[2].schema.foreignKeys).toEqual([{ fields: ['via'], reference: { resource: '', fields: ['id'] } }]);
    expect(figures.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
  });

  it('is checked by rules that do fail: a negative count, an unknown source and a changed file are caught', () => {
    const dir = 'tests/.output/datapackage-broken';
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(SITE, 'data'), dir, { recursive: true });
    const path = join(dir, 'detainer-figures.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('2021,detainer_requests,2,', '2021,detainer_requests,-2,').replace(',wbur-fax,', ',wbur,'));
    expect(checkDataPackage(join(dir, 'datapackage.json'))).toEqual([
      'resource detainer-figures: bytes 1116 but the file has 1113',
      'resource detainer-figures: hash does not match the file',
      'detainer-figures.csv:2 value: -2 is below 0',
      'resource detainer-figures: source_id wbur is not in sources',
    ]);
  });
});

describe('/data/csv-metadata.json (CSV on the Web)', () => {
  it('describes each CSV file that exists, column for column, with the dialect of the files', () => {
    const metadata = json(SITE, 'data/csv-metadata.json');
    expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    expect(metadata.dialect).toMatchObject({ encoding: 'utf-8', lineTerminators: ['\r\n'], header: true, doubleQuote: true });
    for (const table of metadata.tables) {
      const csv = built(SITE, `data/${table.url}`).toString('utf8');
      expect(csv.split('\r\n')[0]).toBe(table.tableSchema.columns.map((column: { name: string }) => column.name).join(','));
    }
    expect(metadata.tables.map((table: { url: string }) => table.url)).toEqual(pkg.datasets.map((dataset) => `${dataset.id}.csv`));
  });
});

describe('/data.json (DCAT-US)', () => {
  const catalog = json(SITE, 'data.json');
  const dataset = catalog.dataset[0];

  it('has the catalog and dataset properties DCAT-US requires, none invented', () => {
    expect(catalog).toMatchObject({ '@type': 'dcat:Catalog', conformsTo: 'https://project-open-data.cio.gov/v1.1/schema', describedBy: NON_FEDERAL_SCHEMA });
    for (const key of ['title', 'description', 'keyword', 'modified', 'publisher', 'contactPoint', 'identifier', 'accessLevel', 'license', 'spatial', 'temporal', 'distribution']) {
      expect(dataset, key).toHaveProperty(key);
    }
    expect(dataset).toMatchObject({ accessLevel: 'public', modified: '2026-12-07', temporal: '2021-01-01/2025-12-31', contactPoint: { fn: 'Boston Detainer Data' } });
    expect(dataset.contactPoint.hasEmail).toBeUndefined();
  });

  it('links every distribution to a built file, with its media type', () => {
    expect(dataset.distribution).toHaveLength(6);
    for (const distribution of dataset.distribution) {
      expect(existsSync(join(SITE, distribution.downloadURL)), distribution.downloadURL).toBe(true);
      expect(distribution.mediaType).toBe(distribution.downloadURL.endsWith('.csv') ? 'text/csv' : 'application/json');
    }
  });

  it('uses absolute addresses when the site is built with SITE_URL', () => {
    const deployed = json(SITE_WITH_URL, 'data.json');
    expect(deployed['@id']).toBe(`${TEST_SITE_URL}data.json`);
    expect(deployed.dataset[0].distribution[0].downloadURL).toBe(`${TEST_SITE_URL}data/detainer-requests-by-year.csv`);
  });

  it(`of the deployment build is valid against Project Open Data's non-federal schema${SCHEMA_SKIPPED}`, ({ skip }) => {
    const validate = nonFederalCatalogValidator();
    if (!validate) return skip();
    expect(validate(json(SITE_WITH_URL, 'data.json')), errorsOf(validate).join('; ')).toBe(true);
  });

  it('lacks a contact email address in a deployment build without CONTACT_EMAIL, and the build says so in a warning', () => {
    expect(json(SITE_WITH_URL, 'data.json').dataset[0].contactPoint.hasEmail).toBeUndefined();
    expect(readFileSync(SITE_WITH_URL_OUTPUT, 'utf8')).toMatch(/\[WARN\] \[contact-email\] CONTACT_EMAIL is not set, so \/data\.json gives no contact email address \(contactPoint\.hasEmail\)/);
  });

  it('is never made with a CONTACT_EMAIL that is not an address: the build stops, saying so', () => {
    rmSync('tests/.output/site-bad-contact', { recursive: true, force: true });
    const { status, output } = buildSite('data', 'tests/.output/site-bad-contact', { SITE_URL: TEST_SITE_URL, CONTACT_EMAIL: 'mailto:data@example.org' });
    expect(status).not.toBe(0);
    expect(output).toContain('CONTACT_EMAIL is "mailto:data@example.org", which is not an email address');
    expect(existsSync('tests/.output/site-bad-contact/data.json')).toBe(false);
  });
});
