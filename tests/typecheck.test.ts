import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('the whole project type-checks under the strictest settings, .astro files included', () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.stdout + result.stderr).toMatch(/- 0 errors/);
  expect(result.status).toBe(0);
});
