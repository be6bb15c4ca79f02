// The README.md inside a release's ZIP: what the release is, what each file and column is, the licenses, how to
// cite it and how to check it. It is in English, like the downloads, and reuses the catalog page's English
// sentences, so the two say the same. Every dataset and column comes from the release's own frozen
// datapackage.json: columns differ between releases (sources.csv gained `name` in 2026.11.30).
import { z } from 'astro/zod';
import { TEXT_LICENSE } from '../catalog/licenses.ts';
import type { License } from '../catalog/types.ts';
import { citationOf } from '../citation.ts';
import { formatDate } from '../format.ts';
import { hasKey, useStrings } from '../i18n/index.ts';
import type { Release } from '../data/index.ts';
import { CHECKSUMS, CSV_METADATA, DATAPACKAGE } from './release-files.ts';

export const README = 'README.md';

// Only what the README reads; a frozen datapackage.json has more, which is left as it is.
const frozenDataPackageSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  version: z.string(),
  licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
  contributors: z.array(z.object({ title: z.string(), role: z.string() })),
  resources: z.array(z.object({
    name: z.string(),
    path: z.string(),
    title: z.string(),
    description: z.string(),
    schema: z.object({ fields: z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })) }),
  })),
});

/** What a release's frozen datapackage.json says, as far as its README needs. */
export type FrozenDataPackage = z.infer<typeof frozenDataPackageSchema>;

/** Returns a frozen datapackage.json's description, or throws saying which field is missing or wrong. */
export function parseFrozenDataPackage(bytes: Uint8Array): FrozenDataPackage {
  const result = frozenDataPackageSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`${DATAPACKAGE} is not a Data Package this site wrote: ${problems.join('; ')}`);
}

const t = useStrings('en');
const code = (text: string) => `\`${text}\``;
// The catalog's labels of the metadata files are not sentences; in a list of sentences they end as one.
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** What each file that holds no dataset is, by name. */
const METADATA_FILES: ReadonlyMap<string, string> = new Map([
  [DATAPACKAGE, sentence(t('catalog.metadata.datapackage'))],
  [CSV_METADATA, sentence(t('catalog.metadata.csvw'))],
  [CHECKSUMS, sentence(t('catalog.metadata.sums'))],
  [README, 'This file.'],
]);
// A paragraph of the catalog page's with a {license} slot: here the license's title and address, in words.
const licenseLine = (key: 'catalog.licenses.data' | 'catalog.licenses.text', license: License) =>
  t(key, { license: `${license.title} (${license.url})` });

/**
 * Returns the README.md of a release's ZIP, in Markdown: the release (version, date, changes), each of `files`
 * (names, in the ZIP's order), the columns of each dataset, what an empty cell and `derived` mean, the licenses,
 * how to cite this version and how to check the files. Addresses are absolute, and given only when `site` is
 * known: a path relative to a site means nothing inside a ZIP.
 */
export function renderReleaseReadme(pkg: FrozenDataPackage, release: Pick<Release, 'version' | 'date' | 'changes'>, files: readonly string[], site: URL | undefined): string {
  if (pkg.version !== release.version) throw new Error(`${DATAPACKAGE} is of version ${pkg.version}, not of release ${release.version}`);
  const creator = pkg.contributors.find((contributor) => contributor.role === 'publisher')?.title;
  if (!creator) throw new Error(`${DATAPACKAGE} of ${release.version} names no publisher among its contributors`);
  const [dataLicense] = pkg.licenses;
  if (!dataLicense) throw new Error(`${DATAPACKAGE} of ${release.version} names no license`);
  const cite = citationOf({ creator, title: pkg.title }, release, site, 'en');

  const resourceOf = (name: string) => pkg.resources.find((resource) => resource.path === name || `${resource.name}.json` === name);
  const described = (name: string): string => {
    const metadata = METADATA_FILES.get(name);
    if (metadata) return metadata;
    const resource = resourceOf(name);
    if (resource?.path === name) return `${resource.title}. ${resource.description}`;
    if (resource) return `The same rows as ${code(resource.path)}, in JSON.`;
    throw new Error(`No description of ${name} in ${DATAPACKAGE} of ${release.version}`);
  };
  const typeOf = (type: string) => {
    const key = `type.${type}`;
    return hasKey(key) ? t(key) : type;
  };
  const isDerivedFlagged = pkg.resources.some((resource) => resource.schema.fields.some((field) => field.name === 'derived' && field.type === 'boolean'));

  const sections: string[][] = [
    [
      `# ${pkg.title}`,
      `${t('release.title', { version: release.version })}. ${t('changelog.released', { date: formatDate(release.date, 'en') })}.`,
      pkg.description,
    ],
    ['## What changed in this release', release.changes, t('release.frozen', { version: release.version })],
    ['## The files', files.map((name) => `- ${code(name)}: ${described(name)}`).join('\n')],
    [
      '## About the files',
      t('catalog.files.csv'),
      t('catalog.files.empty'),
      ...(isDerivedFlagged ? [t('catalog.files.derived')] : []),
      t('catalog.files.formula'),
      t('catalog.files.spreadsheet'),
    ],
    ...pkg.resources.map((resource) => [
      `## ${t('catalog.columns', { file: resource.path })}`,
      resource.schema.fields.map((field) => `- ${code(field.name)} (${typeOf(field.type)}): ${field.description}`).join('\n'),
    ]),
    ['## Licenses', licenseLine('catalog.licenses.data', { id: dataLicense.name, title: dataLicense.title, url: dataLicense.path }), licenseLine('catalog.licenses.text', TEXT_LICENSE)],
    [
      `## ${t('catalog.cite')}`,
      t('catalog.cite.intro'),
      site ? `${cite.text} ${t('catalog.cite.at')} ${cite.url}` : cite.text,
      t('catalog.cite.sources'),
    ],
    [
      '## How to check the files',
      `${code(CHECKSUMS)} gives the SHA-256 checksum of every other file. In the folder of these files, run:`,
      `    sha256sum -c ${CHECKSUMS}`,
      'Each file should be listed as OK. A file listed as FAILED is not the file of this release.',
    ],
  ];
  return `${sections.map((paragraphs) => paragraphs.join('\n\n')).join('\n\n')}\n`;
}
