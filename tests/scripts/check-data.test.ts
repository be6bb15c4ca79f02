import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../helpers/fixture-data.ts';

const checkData = (dataDir: string) =>
  spawnSync(process.execPath, ['scripts/check-data.ts'], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });

describe('npm run check:data', () => {
  it('prints one precise line per mistake and exits non-zero', () => {
    const dir = fixtureData('check-data-three', { 'figures.csv': 'tests/fixtures/figures/three-mistakes.csv' });
    const result = checkData(dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `${dir}/figures.csv:3:4 value: expected a whole number ≥ 0, found "1O"`,
      `${dir}/figures.csv:4:5 source_id: expected a source id from ${dir}/sources.csv (wbur-fax, report-2025, bpd-letter-2025, bpd-statement-2024), found "bpd-statement"`,
      `${dir}/figures.csv:5:4 value: expected a percentage from 0 to 100, found "128"`,
    ]);
    expect(lines.at(-1)).toMatch(/^3 problems in .*; fix them and run again\.$/);
  });

  it('passes the real data', () => {
    const result = checkData('data');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data is valid: \d+ figures, \d+ sources, \d+ measures, 2 releases\.\n$/);
  });

  it('says, without failing, when the latest release is not frozen yet', () => {
    const result = checkData('tests/fixtures/base');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Before building: tests/fixtures/base/releases/2026.11.23: expected the frozen files of release 2026.11.23 with their sha256sums.txt, found none (run npm run release)');
  });
});
