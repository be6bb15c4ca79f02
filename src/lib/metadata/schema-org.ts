import type { DataPackage } from '../catalog/types.ts';
import { titleOrName } from '../data/model.ts';
import type { PublishedFile } from '../downloads/release-files.ts';
import { CATALOG_PATH, dataFilePath, publicUrl } from '../urls.ts';

/**
 * Returns schema.org Dataset JSON-LD for the catalog page, with Google Dataset Search's required and
 * recommended properties: one DataDownload per CSV and JSON file of the latest release.
 */
export function datasetJsonLd(pkg: DataPackage, files: readonly PublishedFile[], site: URL | undefined) {
  const creator = { '@type': 'Organization', name: pkg.creator, ...(site ? { url: publicUrl('/', site) } : {}) };
  const titleOf = (id: string | null) => pkg.datasets.find((dataset) => dataset.id === id)?.title ?? id;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: pkg.title,
    description: pkg.description,
    url: publicUrl(CATALOG_PATH, site),
    version: pkg.version,
    datePublished: pkg.issued,
    dateModified: pkg.modified,
    license: pkg.license.url,
    isAccessibleForFree: true,
    inLanguage: 'en',
    creator,
    publisher: creator,
    keywords: pkg.keywords,
    ...(pkg.years ? { temporalCoverage: `${pkg.years[0]}/${pkg.years[1]}` } : {}),
    spatialCoverage: { '@type': 'Place', name: pkg.spatial },
    variableMeasured: pkg.measures.map((measure) => ({
      '@type': 'PropertyValue',
      propertyID: measure.id,
      name: measure.label,
      description: measure.description,
      unitText: measure.unit,
    })),
    isBasedOn: pkg.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: titleOrName(source),
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
      ...(source.url ? { url: source.url } : {}),
    })),
    distribution: files
      .filter((file) => file.datasetId !== null)
      .map((file) => ({
        '@type': 'DataDownload',
        name: `${titleOf(file.datasetId)} (${file.format})`,
        encodingFormat: file.mediaType,
        contentUrl: publicUrl(dataFilePath(file.name), site),
        contentSize: `${file.size} B`,
        sha256: file.sha256,
      })),
  };
}

/** Returns JSON for a <script type="application/ld+json">: "<" escaped, so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
