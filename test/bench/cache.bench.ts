/**
 * Cache throughput in real Chromium: the product's own cache (utils/cache: openAssistantDb and the
 * repositories) bundled into a page (test/bench/cache-entry.ts) on 100,000 generated customers, in Chromium's
 * on-disk IndexedDB (a persistent profile; an incognito-style context would keep it in memory).
 * `npx tsx test/bench/cache.bench.ts` prints:
 *
 * - cache.upsert: records/s per page of 100 customers written as the customers job writes them (with their
 *   checkpoint, in one transaction; resellers keep their stored status, so each costs a read too), over all
 *   100,000. p95 = the rate of the slowest 5 % of pages. Baseline 10,000 records/s (a full sync must never
 *   wait on the cache); ratio = baseline ÷ median, target ≤ 1.
 * - cache.statuses: records/s of the money pass's status writes (setCustomerStatuses per batch of 100
 *   resellers); same baseline and ratio.
 * - cache.lookup: lookups/s of indexed lookups as the popup, the card and the badge make them: name prefix,
 *   account-name prefix and label (first 20 each), one customer by id, and the per-status counts (the badge's
 *   at-risk query), interleaved; per-kind medians in `kinds`. Baseline 1,000/s (within a millisecond), ratio =
 *   baseline ÷ median, target ≤ 1.
 * - cache.at-risk: ms to read every customer at risk as records (blocked, frozen, low: ~37 % of the customers
 *   here; the notifier's first-sync path) ÷ ms to read all 100,000 (loadCustomers) in the same run; target ≤ 1
 *   (the status index must never cost more than a full scan). `idsOnlyMs`: the same from the index keys
 *   alone, as the resources pass and the notifier read it.
 * - alerts.refresh: ms of what follows each customers/money job when nothing new is at risk (one read of who
 *   is at risk from the status index, the notifier's diff, the badge) ÷ the same full scan; target ≤ 1 (it runs
 *   beside the sync, every 15 minutes: never more than one read of every customer). `firstSyncMs`: the first
 *   pass, when every customer at risk is new and their records are read for the notifications.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness';
import { bundleForPage, emit, emitRate, median, round } from './chromium';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const LOOKUP_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const AT_RISK_RUNS = 5;
const ORIGIN = 'https://cache-bench.invalid';

type Kind = 'name' | 'accountName' | 'id' | 'label' | 'atRiskCount';
interface PaCache {
  upsert(count: number): Promise<{ pageMs: number[]; totalMs: number }>;
  statuses(): Promise<{ batchMs: number[]; totalMs: number }>;
  lookups(rounds: number): Promise<Record<Kind, number[]> & { hits: number }>;
  atRisk(runs: number): Promise<{ atRiskMs: number[]; idsMs: number[]; allMs: number[]; atRiskRows: number }>;
  alerts(runs: number): Promise<{ firstMs: number; steadyMs: number[] }>;
}
declare const paCache: PaCache;

const code = await bundleForPage('test/bench/cache-entry.ts', 'paCacheBundle');
const profile = mkdtempSync(join(tmpdir(), 'pa-cache-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  // A real (secure) origin for IndexedDB, served from memory: nothing leaves the machine.
  await context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script>globalThis.__name = (f) => f;\n${code.replaceAll('</script', '<\\/script')}</script>`,
    }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${ORIGIN}/`);

  const upsert = await page.evaluate((n) => paCache.upsert(n), CUSTOMERS);
  const pageRates = upsert.pageMs.map((ms) => 100 / (ms / 1000));
  emitRate('cache.upsert', 'records/s', pageRates, 10_000, 1, {
    environment: 'chromium',
    records: CUSTOMERS,
    totalMs: round(upsert.totalMs),
    overall: round(CUSTOMERS / (upsert.totalMs / 1000)),
  });

  const statuses = await page.evaluate(() => paCache.statuses());
  const resellers = statuses.batchMs.length * 100;
  emitRate(
    'cache.statuses',
    'records/s',
    statuses.batchMs.map((ms) => 100 / (ms / 1000)),
    10_000,
    1,
    { environment: 'chromium', records: resellers, totalMs: round(statuses.totalMs) },
  );

  const lookups = await page.evaluate((r) => paCache.lookups(r), LOOKUP_ROUNDS);
  const kinds: Kind[] = ['name', 'accountName', 'id', 'label', 'atRiskCount'];
  const rates = kinds.flatMap((k) => lookups[k].map((ms) => 1000 / Math.max(ms, 0.01)));
  emitRate('cache.lookup', 'lookups/s', rates, 1000, 1, {
    environment: 'chromium',
    records: CUSTOMERS,
    kinds: Object.fromEntries(kinds.map((k) => [k, round(1000 / Math.max(median(lookups[k]), 0.01))])),
    hits: lookups.hits,
  });

  const risk = await page.evaluate((r) => paCache.atRisk(r), AT_RISK_RUNS);
  const all = median(risk.allMs);
  emit('cache.at-risk', 'ms', risk.atRiskMs, all, 1, {
    environment: 'chromium',
    rows: risk.atRiskRows,
    records: CUSTOMERS,
    idsOnlyMs: round(median(risk.idsMs)),
  });

  const alerts = await page.evaluate((r) => paCache.alerts(r), AT_RISK_RUNS);
  emit('alerts.refresh', 'ms', alerts.steadyMs, all, 1, {
    environment: 'chromium',
    records: CUSTOMERS,
    atRisk: risk.atRiskRows,
    firstSyncMs: round(alerts.firstMs),
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
