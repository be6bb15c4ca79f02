import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// Project Open Data's non-federal DCAT-US v1.1 schema, which /data.json declares (src/lib/metadata/dcat-us.ts): the
// JSON Schema (draft-04) files catalog.json and dataset-non-federal.json of GSA/ckanext-datajson on GitHub, in
// ckanext/datajson/pod_schema/non-federal-v1.1/, the copy that data.gov's harvester validates non-federal catalogs
// with. They are not kept in this repository: DCAT_US_SCHEMA_DIR names a folder that holds the two files, unchanged.
const FILES = ['dataset-non-federal.json', 'catalog.json'];
const SCHEMA_DIR = process.env['DCAT_US_SCHEMA_DIR'];
const CATALOG_ID = 'https://project-open-data.cio.gov/v1.1/schema/catalog.json';

/** Returns what is missing for the schema checks to run, or null when the schema files are there. */
function missing(): string | null {
  if (!SCHEMA_DIR) return 'DCAT_US_SCHEMA_DIR is not set';
  const absent = FILES.filter((file) => !existsSync(join(SCHEMA_DIR, file)));
  return absent.length > 0 ? `${SCHEMA_DIR} has no ${absent.join(' or ')}` : null;
}

const why = missing();
/** Added to the name of a test that needs the schema: empty when it runs, "(SKIPPED: …)" when it cannot. */
export const SCHEMA_SKIPPED = why ? ` (SKIPPED: ${why})` : '';
if (why) {
  console.warn(`\nThe DCAT-US schema checks did not run: ${why}. Put catalog.json and dataset-non-federal.json of Project Open Data's non-federal v1.1 schema (GSA/ckanext-datajson, ckanext/datajson/pod_schema/non-federal-v1.1/) in a folder, set DCAT_US_SCHEMA_DIR to it and run the tests again.\n`);
}

/** Returns a validator of a whole catalog against the non-federal schema, or null when its files are not there. */
export function nonFederalCatalogValidator(): ValidateFunction | null {
  if (why || !SCHEMA_DIR) return null;
  // The schema's patterns are written for regular expressions without the u flag (hasEmail's has `\_`, `\~`, …), and
  // its catalog puts minItems and uniqueItems inside `items`, where they constrain nothing: Ajv's defaults reject both.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  for (const file of FILES) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')));
  const validate = ajv.getSchema(CATALOG_ID);
  if (!validate) throw new Error(`${SCHEMA_DIR}/catalog.json is not the schema ${CATALOG_ID}`);
  return validate;
}

/** Returns each error of the last validation as "path message", for readable test failures. */
export const errorsOf = (validate: ValidateFunction) => (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
