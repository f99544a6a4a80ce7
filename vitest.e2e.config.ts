import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium, the production build in .output/chrome-mv3, hosts mapped to the sandbox.
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one 'N passed, N failed' line over every suite.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
