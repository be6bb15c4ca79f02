import type { DataPackage } from '../catalog/types.ts';
import { DATAPACKAGE, type PublishedFile } from '../downloads/release-files.ts';
import { CATALOG_PATH, dataFilePath, DCAT_PATH, publicUrl } from '../urls.ts';

// The site is not a federal agency's, so its catalog follows Project Open Data's non-federal v1.1 schema, which
// leaves out what the federal one requires of agencies (bureauCode, programCode, contactPoint.hasEmail). That schema
// has no address of its own on project-open-data.cio.gov (its files even keep the federal schema's ids); it is kept
// in GSA's repositories, and this is the copy that data.gov's harvester (GSA/ckanext-datajson) validates non-federal
// catalogs with. Its catalog admits one conformsTo, the same as the federal schema's.
export const NON_FEDERAL_SCHEMA = 'https://raw.githubusercontent.com/GSA/ckanext-datajson/main/ckanext/datajson/pod_schema/non-federal-v1.1/catalog.json';
const SCHEMA_VERSION = 'https://project-open-data.cio.gov/v1.1/schema';

/**
 * Returns a DCAT-US (Project Open Data v1.1, non-federal) catalog with the data package as one dataset and each CSV
 * and JSON file as a distribution. hasEmail is given only when a contact address is configured: none is invented.
 */
export function dcatCatalog(pkg: DataPackage, files: readonly PublishedFile[], site: URL | undefined, contactEmail?: string) {
  const titleOf = (id: string | null) => pkg.datasets.find((dataset) => dataset.id === id);
  const dictionary = { describedBy: publicUrl(dataFilePath(DATAPACKAGE), site), describedByType: 'application/json' };
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': publicUrl(DCAT_PATH, site),
    '@type': 'dcat:Catalog',
    conformsTo: SCHEMA_VERSION,
    describedBy: NON_FEDERAL_SCHEMA,
    dataset: [{
      '@type': 'dcat:Dataset',
      identifier: site ? publicUrl(CATALOG_PATH, site) : pkg.name,
      title: pkg.title,
      description: pkg.description,
      keyword: pkg.keywords,
      issued: pkg.issued,
      modified: pkg.modified,
      publisher: { '@type': 'org:Organization', name: pkg.creator },
      contactPoint: { '@type': 'vcard:Contact', fn: pkg.creator, ...(contactEmail ? { hasEmail: `mailto:${contactEmail}` } : {}) },
      accessLevel: 'public',
      license: pkg.license.url,
      spatial: pkg.spatial,
      ...(pkg.years ? { temporal: `${pkg.years[0]}-01-01/${pkg.years[1]}-12-31` } : {}),
      language: ['en-US'],
      landingPage: publicUrl(CATALOG_PATH, site),
      ...dictionary,
      distribution: files
        .filter((file) => file.datasetId !== null)
        .map((file) => ({
          '@type': 'dcat:Distribution',
          title: `${titleOf(file.datasetId)?.title} (${file.format})`,
          description: titleOf(file.datasetId)?.description,
          downloadURL: publicUrl(dataFilePath(file.name), site),
          mediaType: file.mediaType,
          format: file.format,
          ...dictionary,
        })),
    }],
  };
}

// An address as the non-federal schema's contactPoint.hasEmail admits it after "mailto:": a local part of letters,
// digits, _ ~ ! $ & ' ( ) * + , ; = : . and -, then @ and a domain of letters, digits, . and - with a dot in it.
const EMAIL_ADDRESS = /^[\w~!$&'()*+,;=:.-]+@[\w.-]+\.[\w.-]+$/;

/** What a build says about its configuration: a warning, or an error that stops it. */
export interface BuildNotice { level: 'warn' | 'error'; message: string }

/**
 * Returns what a build should say about CONTACT_EMAIL: an error when it is set but is not an address, a warning
 * when a deployment build (the site's address known) has none, null otherwise.
 */
export function contactEmailNotice(contactEmail: string | undefined, site: URL | undefined): BuildNotice | null {
  if (contactEmail) {
    return EMAIL_ADDRESS.test(contactEmail) && !/^mailto:/i.test(contactEmail)
      ? null
      : { level: 'error', message: `CONTACT_EMAIL is "${contactEmail}", which is not an email address such as someone@your.domain (give the address alone, without "mailto:"). /data.json would publish it as the catalog's contact. Set it to the address, or leave it unset.` };
  }
  if (!site) return null;
  return {
    level: 'warn',
    message: 'CONTACT_EMAIL is not set, so /data.json gives no contact email address (contactPoint.hasEmail): its contact point names only the site. The non-federal DCAT-US schema does not require one, but portals that harvest the catalog ask for it. To give one, build with CONTACT_EMAIL=someone@your.domain (an address that is read); none is ever invented.',
  };
}
