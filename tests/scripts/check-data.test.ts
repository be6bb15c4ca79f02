import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../helpers/fixture-data.ts';

const checkData = (dataDir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check-data.ts'], { env: { ...process.env, GITHUB_ACTIONS: '', DATA_DIR: dataDir, ...env }, encoding: 'utf8' });

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

  it('under GitHub Actions, also writes each mistake as an annotation of its file, line and column', () => {
    const dir = fixtureData('check-data-annotations', { 'figures.csv': 'tests/fixtures/figures/three-mistakes.csv' });
    const result = checkData(dir, { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const annotations = result.stdout.trim().split('\n');
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toBe(`::error file=${dir}/figures.csv,line=3,col=4::${dir}/figures.csv:3:4 value: expected a whole number ≥ 0, found "1O"`);
    expect(annotations[1]).toMatch(new RegExp(`^::error file=${dir}/figures\\.csv,line=4,col=5::`));
  });

  it('prints one plain line, no stack trace, for a folder named figures.csv', () => {
    const dir = fixtureData('check-data-folder', {});
    rmSync(join(dir, 'figures.csv'));
    mkdirSync(join(dir, 'figures.csv'));
    const result = checkData(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${dir}/figures.csv: expected a file, found a folder\n\n1 problem in ${join(process.cwd(), dir)}; fix it and run again.\n`);
  });

  it('passes the real data', () => {
    const result = checkData('data');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data is valid: \d+ figures, \d+ sources, \d+ measures, 3 releases\.\n$/);
  });

  it('says, without failing, when the latest release is not frozen yet', () => {
    const result = checkData('tests/fixtures/base');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Before building: tests/fixtures/base/releases/2026.11.23: expected the frozen files of release 2026.11.23 with their sha256sums.txt, found none (run npm run release)');
  });
});

describe('astro build (src/integrations/check-data.ts)', () => {
  it('stops before building on a folder named figures.csv, with one plain line and no stack trace', () => {
    const dir = fixtureData('build-folder', {});
    rmSync(join(dir, 'figures.csv'));
    mkdirSync(join(dir, 'figures.csv'));
    const { SITE_URL: _unset, ...env } = process.env;
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...env, DATA_DIR: dir, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(`[check-data] ${dir}/figures.csv: expected a file, found a folder\n`);
    expect(output).toContain(`1 problem(s) in ${join(process.cwd(), dir)}; nothing was built.`);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
