import type { DataPackage } from '../catalog/types.ts';
import { DATAPACKAGE, type PublishedFile } from '../downloads/release-files.ts';
import { CATALOG_PATH, dataFilePath, DCAT_PATH, publicUrl } from '../urls.ts';

/**
 * Returns a DCAT-US (Project Open Data v1.1) catalog with the data package as one dataset and each CSV and
 * JSON file as a distribution. hasEmail, which DCAT-US requires, is given only when a contact address is
 * configured: none is invented.
 */
export function dcatCatalog(pkg: DataPackage, files: readonly PublishedFile[], site: URL | undefined, contactEmail?: string) {
  const titleOf = (id: string | null) => pkg.datasets.find((dataset) => dataset.id === id);
  const dictionary = { describedBy: publicUrl(dataFilePath(DATAPACKAGE), site), describedByType: 'application/json' };
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': publicUrl(DCAT_PATH, site),
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
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
