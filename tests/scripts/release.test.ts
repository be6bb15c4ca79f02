import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const release = (dataDir: string) =>
  spawnSync(process.execPath, ['scripts/release.ts'], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });

function copyOfData(name: string): string {
  const dir = join('tests/.output/release-script', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('data', dir, { recursive: true });
  return dir;
}

describe('npm run release', () => {
  it('has nothing to do when data/ still makes its latest release', () => {
    const result = release('data');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Release 2026.11.30 is already frozen, and data/ still makes exactly its files. Nothing to do.');
  });

  it('freezes a new release, leaving the earlier one exactly as it was', () => {
    const dir = copyOfData('new-release');
    const before = readFileSync(join(dir, 'releases/2026.11.30/detainer-figures.csv'));
    appendFileSync(join(dir, 'figures.csv'), '2026,detainer_requests,BPD,,bpd-letter-2025,Not yet reported.\n');
    appendFileSync(join(dir, 'releases.csv'), '2026.11.30.2,2026-11-30,Adds 2026 as not reported.\n');
    const result = release(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Froze release 2026.11.30.2');
    const frozen = readFileSync(join(dir, 'releases/2026.11.30.2/detainer-figures.csv'), 'utf8');
    expect(frozen).toContain('\r\n2026,detainer_requests,,count,BPD,bpd-letter-2025,false,Not yet reported.\r\n');
    expect(readFileSync(join(dir, 'releases/2026.11.30/detainer-figures.csv'))).toEqual(before);
  });

  it('refuses to change a frozen release when data/ has changed, and says what to do', () => {
    const dir = copyOfData('changed');
    writeFileSync(join(dir, 'figures.csv'), 'year,measure,reported_by,value,source_id,note\n2021,detainer_requests,BPD,3,bpd-statement-2024,\n');
    const result = release(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Add a release to releases.csv and run npm run release');
    expect(existsSync(join(dir, 'releases/2026.11.30.2'))).toBe(false);
  });
});
