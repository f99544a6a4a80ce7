import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: happy-dom, WXT's fake browser, fake-indexeddb. e2e has its own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The JSON report lets .ci/run print one 'N passed, N failed' line over every suite.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup.ts'],
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
