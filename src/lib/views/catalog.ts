import { DETAINER_FIGURES } from '../catalog/detainer-figures.ts';
import type { Column, DataPackage, Dataset } from '../catalog/types.ts';
import { citationOf } from '../citation.ts';
import type { SiteData } from '../data/index.ts';
import { CHECKSUMS, CSV_METADATA, DATAPACKAGE, type PublishedFile } from '../downloads/release-files.ts';
import { formatBytes, formatCount, formatDate } from '../format.ts';
import { localizedPath, useStrings, type Locale } from '../i18n/index.ts';
import type { Snapshot } from '../releases/snapshots.ts';
import { CHANGELOG_PATH, dataFilePath, DCAT_PATH, FEED_PATH } from '../urls.ts';
import { codeSnippets, type SnippetId } from './code-snippets.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

// Where the pages import it from; it lives in citation.ts, so that the downloads (a release's README) can cite a
// release without importing a view.
export { citationOf };

/** A file to download, as the page lists it. */
export interface FileView {
  name: string;
  format: string;
  href: string;
  size: string;
  sha256: string;
}

export interface DatasetView {
  id: string;
  title: string;
  description: string;
  facts: { label: string; value: string }[];
  sources: SourceRef[];
  sourcesNote: string | null;
  license: { label: string; href: string };
  files: FileView[];
  columns: { caption: string; headers: { name: string; type: string; unit: string; meaning: string }; rows: { name: string; type: string; unit: string; meaning: string }[] };
}

/** A piece of code that loads the data, with its heading and the line that explains it. */
export interface CodeView {
  id: SnippetId;
  title: string;
  about: string;
  code: string;
}

export interface CatalogView {
  release: string;
  datasets: DatasetView[];
  /** How to read the columns' types, for the notes on the files. */
  types: string;
  code: CodeView[];
  metadata: { label: string; file: FileView }[];
  links: { label: string; href: string }[];
  cite: { text: string; url: string };
}

/** Returns a file as the catalog and changelog pages list it. */
export const fileView = (file: PublishedFile, href: string, locale: Locale): FileView => ({
  name: file.name, format: file.format, href, size: formatBytes(file.size, locale), sha256: file.sha256,
});

/**
 * Returns the release in which a file last changed: the latest release whose frozen copy differs from the
 * release before, or the latest release when the file has no frozen copy yet.
 */
export function lastChanged(snapshots: readonly Snapshot[], name: string, data: SiteData) {
  let changedIn = data.releases.at(-1);
  let previous: string | undefined;
  for (const snapshot of snapshots) {
    const sha256 = snapshot.files.find((file) => file.name === name)?.sha256;
    if (sha256 !== undefined && sha256 !== previous) changedIn = snapshot.release;
    previous = sha256;
  }
  return changedIn;
}

/** Returns everything the catalog page shows, as text, from the one description of the data. */
export function catalogView(data: SiteData, pkg: DataPackage, files: readonly PublishedFile[], snapshots: readonly Snapshot[], site: URL | undefined, locale: Locale): CatalogView {
  const t = useStrings(locale);
  const byName = (name: string) => {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`No file ${name}`);
    return fileView(file, dataFilePath(name), locale);
  };
  const datasetView = (dataset: Dataset): DatasetView => {
    const updated = lastChanged(snapshots, `${dataset.id}.csv`, data);
    return {
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      facts: [
        { label: t('catalog.rowIs'), value: dataset.row },
        { label: t('catalog.rows'), value: formatCount(dataset.rows.length, locale) },
        { label: t('catalog.years'), value: dataset.years ? t('catalog.yearsRange', { first: String(dataset.years[0]), last: String(dataset.years[1]) }) : t('catalog.yearsNone') },
        ...(updated ? [{ label: t('catalog.updated'), value: t('catalog.updatedIn', { date: formatDate(updated.date, locale), version: updated.version }) }] : []),
      ],
      sources: dataset.sourceIds.map((id) => ({ ...sourceRef(data, id, locale), via: null })),
      sourcesNote: dataset.sourceIds.length === 0 ? t('catalog.sourcesSelf') : null,
      license: { label: pkg.license.title, href: pkg.license.url },
      files: [byName(`${dataset.id}.csv`), byName(`${dataset.id}.json`)],
      columns: {
        caption: t('catalog.columns', { file: `${dataset.id}.csv` }),
        headers: { name: t('catalog.column.name'), type: t('catalog.column.type'), unit: t('catalog.column.unit'), meaning: t('catalog.column.meaning') },
        rows: dataset.columns.map((column: Column) => ({
          name: column.name,
          type: t(`type.${column.type}`),
          unit: column.unit ? t(`unit.${column.unit}`) : t('unit.none'),
          meaning: column.description,
        })),
      },
    };
  };
  return {
    release: t('catalog.release', { version: pkg.version, date: formatDate(pkg.modified, locale) }),
    datasets: pkg.datasets.map(datasetView),
    types: t('catalog.files.types', { file: `${DETAINER_FIGURES}.csv` }),
    code: codeSnippets(pkg, snapshots, site).map(({ id, code, version }) => ({
      id, code, title: t(`catalog.code.${id}`), about: t(`catalog.code.${id}.about`, version ? { version } : {}),
    })),
    metadata: [
      { label: t('catalog.metadata.datapackage'), file: byName(DATAPACKAGE) },
      { label: t('catalog.metadata.csvw'), file: byName(CSV_METADATA) },
      { label: t('catalog.metadata.sums'), file: byName(CHECKSUMS) },
    ],
    links: [
      { label: t('catalog.changelog'), href: localizedPath(CHANGELOG_PATH, locale) },
      { label: t('catalog.feed'), href: FEED_PATH },
      { label: t('catalog.metadata.dcat'), href: DCAT_PATH },
    ],
    cite: citationOf(pkg, { version: pkg.version, date: pkg.modified }, site, locale),
  };
}
