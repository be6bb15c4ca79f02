import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Starts `astro dev` (what `npm start` runs) and resolves with its address once it says where it listens. */
function startDevServer(): Promise<{ url: string; stop: () => void }> {
  // Vitest sets NODE_ENV=test and its own variables; the server gets the environment a person's shell has.
  const { NODE_ENV: _test, VITEST: _vitest, ...environment } = process.env;
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4399'], {
    env: { ...environment, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: `http://localhost:${match[1]}`, stop: () => child.kill() });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
}

describe('the local site (npm start)', () => {
  it('serves the pages, the chart files and the downloads', async () => {
    const server = await startDevServer();
    try {
      for (const path of ['/', '/years/2025/', '/explainers/the-2025-figures/', '/charts/requests-by-year.svg', '/charts/two-counts-2024.csv', '/data/sources.csv']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
      }
    } finally {
      server.stop();
    }
  });
});
