import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_LICENSE, TEXT_LICENSE } from '../../../src/lib/catalog/licenses.ts';
import { citationOf } from '../../../src/lib/citation.ts';
import { CHECKSUMS, CSV_METADATA, DATAPACKAGE } from '../../../src/lib/downloads/release-files.ts';
import { parseFrozenDataPackage, README, renderReleaseReadme } from '../../../src/lib/downloads/release-readme.ts';
import { frozenReleaseArchive } from '../../helpers/release-archive.ts';

// The frozen datapackage.json of each release, read only: the README describes a release from its own files.
const frozenPackage = (version: string) => parseFrozenDataPackage(readFileSync(`data/releases/${version}/datapackage.json`));
const readmeOf = (version: string, site?: URL) => new TextDecoder().decode(frozenReleaseArchive(version, site).files.find((file) => file.name === README)?.bytes);
const SITE = new URL('https://data.example.org/');

describe('renderReleaseReadme', () => {
  const version = '2026.11.30';
  const pkg = frozenPackage(version);
  const { release, files } = frozenReleaseArchive(version);
  const readme = readmeOf(version);

  it('names the release, its date and what changed', () => {
    expect(readme.startsWith(`# ${pkg.title}\n\nData release ${version}. Released November 30, 2026.\n`)).toBe(true);
    expect(readme).toContain(release.changes);
  });

  it('names every file of the ZIP, each on its own line, in the ZIP’s order', () => {
    const listed = [...readme.matchAll(/^- `([^`]+)`: /gm)].map((match) => match[1]);
    const names = files.map((file) => file.name);
    expect(listed.slice(0, names.length)).toEqual(names);
    expect(names).toEqual(expect.arrayContaining([DATAPACKAGE, CSV_METADATA, README, CHECKSUMS]));
  });

  it('gives every column of every dataset of the frozen datapackage.json, with its type and meaning', () => {
    for (const resource of pkg.resources) {
      expect(readme).toContain(`## Columns of ${resource.path}\n`);
      for (const field of resource.schema.fields) expect(readme).toContain(`\`${field.name}\` (`);
      for (const field of resource.schema.fields) expect(readme).toContain(`): ${field.description}\n`);
    }
    expect(readme).toContain('- `derived` (true or false): ');
    expect(readme).toContain('- `detainer_requests_bpd` (whole number): ');
  });

  it('says that an empty cell is not reported, never 0, and how derived figures are flagged', () => {
    expect(readme).toContain('An empty cell, or null in JSON, means that the source does not report the figure. It never means 0.');
    expect(readme).toContain('has derived set to true in the figures table');
  });

  it('describes an earlier release by its own columns: sources.csv had no name column in 2026.11.23', () => {
    const earlier = readmeOf('2026.11.23');
    expect(earlier).toContain('Data release 2026.11.23.');
    expect(earlier).not.toContain('- `name` (text)');
    expect(readme).toContain('- `name` (text)');
  });

  it('gives both licenses, with their addresses', () => {
    expect(pkg.licenses[0]).toEqual({ name: DATA_LICENSE.id, path: DATA_LICENSE.url, title: DATA_LICENSE.title });
    for (const license of [DATA_LICENSE, TEXT_LICENSE]) expect(readme).toContain(`${license.title} (${license.url})`);
  });

  it('cites this version as the catalog does, with the address of its files only when the site’s address is known', () => {
    const cite = citationOf({ creator: 'Boston Detainer Data', title: pkg.title }, release, undefined, 'en');
    expect(readme).toContain(`\n${cite.text}\n`);
    expect(readme).not.toContain('/data/v');
    const withSite = readmeOf(version, SITE);
    expect(withSite).toContain(`\n${cite.text} Files: https://data.example.org/data/v${version}/\n`);
  });

  it('says how to check the files', () => {
    expect(readme).toContain(`\n    sha256sum -c ${CHECKSUMS}\n`);
  });

  it('refuses a datapackage.json of another release, a file it cannot describe, and a package without a publisher', () => {
    const names = files.map((file) => file.name);
    expect(() => renderReleaseReadme(pkg, { ...release, version: '2026.11.23' }, names, undefined)).toThrow('datapackage.json is of version 2026.11.30, not of release 2026.11.23');
    expect(() => renderReleaseReadme(pkg, release, [...names, 'extra.txt'], undefined)).toThrow('No description of extra.txt in datapackage.json of 2026.11.30');
    expect(() => renderReleaseReadme({ ...pkg, contributors: [] }, release, names, undefined)).toThrow('names no publisher');
    expect(() => parseFrozenDataPackage(new TextEncoder().encode('{"title": "x"}'))).toThrow(/^datapackage\.json is not a Data Package this site wrote: name: /);
  });
});
