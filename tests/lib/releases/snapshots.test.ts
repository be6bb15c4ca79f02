import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadData } from '../../../src/lib/data/index.ts';
import { latestReleaseFiles } from '../../../src/lib/downloads/serve.ts';
import { checkReleases, readSnapshots, writeSnapshot } from '../../../src/lib/releases/snapshots.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

/** Returns a copy of data/ with its frozen releases, to break on purpose. */
function copyOfData(name: string): string {
  const dir = join('tests/.output/releases', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('data', dir, { recursive: true });
  return dir;
}
const problemsIn = (dir: string) => {
  const data = loadData({ dataDir: dir, today: TODAY });
  return checkReleases(dir, data.releases, latestReleaseFiles(data)).map((issue) => formatIssue(issue).replace(`${dir}/`, ''));
};

/** The latest release of data/, made by the release command. */
const LATEST = '2026.12.07';

describe('frozen releases', () => {
  it('data/ makes exactly the files of its latest release, and every release is intact', () => {
    expect(problemsIn(copyOfData('intact'))).toEqual([]);
    expect(readSnapshots('data', loadData({ dataDir: 'data', today: TODAY }).releases).map((snapshot) => snapshot.release.version)).toEqual(['2026.11.23', '2026.11.30', LATEST]);
  });

  it('a figure changed after the release stops the build until a new release is made', () => {
    const dir = copyOfData('changed-figure');
    writeFileSync(join(dir, 'figures.csv'), `year,measure,reported_by,value,source_id,note\n2021,detainer_requests,BPD,3,bpd-statement-2024,\n`);
    expect(problemsIn(dir)).toEqual([
      `releases/${LATEST}: expected the files of release ${LATEST} to be those that the data makes now, found detainer-requests-by-year.csv, `
        + 'detainer-requests-by-year.json, detainer-figures.csv, detainer-figures.json, datapackage.json, csv-metadata.json, README.md, boston-detainer-data.zip, sha256sums.txt different: '
        + 'the data (or the code that makes the files) changed after the release. Make a release that says what changed: npm run release -- "…"',
    ]);
  });

  it('a released file edited by hand is caught by its checksum', () => {
    const dir = copyOfData('edited-snapshot');
    appendFileSync(join(dir, 'releases/2026.11.30/sources.csv'), 'x\r\n');
    expect(problemsIn(dir)[0]).toMatch(/^releases\/2026\.11\.30\/sources\.csv: expected SHA-256 [0-9a-f]{64}, as sha256sums\.txt lists it: a released file never changes, found "[0-9a-f]{60}…" \(64 characters\)$/);
  });

  it('a release without frozen files, or with an extra file, is named', () => {
    const dir = copyOfData('missing-snapshot');
    appendFileSync(join(dir, 'releases.csv'), `${LATEST}.2,2026-12-07,A second release.\n`);
    writeFileSync(join(dir, 'releases/2026.11.30/notes.txt'), 'not part of the release');
    expect(problemsIn(dir)).toEqual([
      'releases/2026.11.30/notes.txt: expected only the files that sha256sums.txt lists, found one more',
      `releases/${LATEST}.2: expected the frozen files of release ${LATEST}.2 with their sha256sums.txt, found none (run npm run release)`,
    ]);
  });

  it('are written once: writing over a frozen release is refused', () => {
    const dir = copyOfData('overwrite');
    const data = loadData({ dataDir: dir, today: TODAY });
    expect(() => writeSnapshot(dir, LATEST, latestReleaseFiles(data))).toThrow(/exists: a release is frozen once written/);
  });
});
