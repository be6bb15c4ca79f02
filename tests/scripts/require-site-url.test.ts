import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (siteUrl?: string) => {
  const { SITE_URL: _unset, ...env } = process.env;
  return spawnSync(process.execPath, ['scripts/require-site-url.ts'], { env: { ...env, ...(siteUrl === undefined ? {} : { SITE_URL: siteUrl }) }, encoding: 'utf8' });
};

describe('npm run build, the build for deployment', () => {
  it('stops with one plain line that says to set SITE_URL when it is not set', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^SITE_URL is not set.*SITE_URL=https:\/\/your\.domain\/ npm run build/);
  });

  it('goes on with the site’s address', () => {
    const result = run('https://detainers.example.org/');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
