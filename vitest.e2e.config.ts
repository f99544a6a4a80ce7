import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium, the production build in .output/chrome-mv3, hosts mapped to the sandbox.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
