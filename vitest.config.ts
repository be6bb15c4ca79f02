import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // In order: build the sites, then serve the one from data/ and start one shared browser.
    globalSetup: ['tests/build/global-setup.ts', 'tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ['default', ['json', { outputFile: 'tests/.output/vitest-report.json' }]],
  },
});
