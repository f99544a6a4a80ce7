import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// `npx vitest run --config test/bench/vitest.bench.config.ts`: timing scripts, not part of the unit run.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['test/bench/page-annotate.bench.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'test/unit/setup.ts'],
    reporters: ['default'],
    testTimeout: 120_000,
  },
});
