/**
 * popup.first-results in real Chromium with the production build and 50,000 cached customers (a real sync
 * against the sandbox, configured through the options page like a user). `npx tsx test/bench/popup.bench.ts`
 * prints:
 * - popup.first-results: ms from opening popup.html to the first result row (`.result`) painted; baseline =
 *   the popup's own shell (its title, the first Preact render, before any data) painted in the same loads.
 *   Target ≤ 3: loading 50k rows from the background and indexing them may cost at most twice the shell again.
 * - sync.heap (if the worker's CDP target can be reached): the service worker's used JS heap after the sync
 *   ÷ before it. Target ≤ 3: the worker streams pages into IndexedDB and should not hold the customer list.
 * - sync.settle: seconds from customers + money synced until the vouchers job and the first slice of the
 *   resources pass have run and the scheduler is idle again; baseline 60 s, target ≤ 1.
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../e2e/harness';
import { syncStatus } from '../e2e/sync/flow';
import { permanentAccount, startSandbox } from '../sandbox/server';
import { configureAccount, emit, installProbe, marks, until, workerHeapMb } from './chromium';

const CUSTOMERS = 50_000;
const RUNS = 7;

async function syncComplete(page: Page) {
  const status = await syncStatus(page);
  if (process.env.BENCH_DEBUG) console.error(JSON.stringify(status));
  const done = (id: string) => status.jobs.find((j) => j.id === id)?.lastSuccessAt != null;
  return done('customers') && done('money');
}

const sandbox = await startSandbox({ seed: 41, customers: CUSTOMERS, rateLimitPerSecond: 0 });
const session = await launchExtension({ sandboxPort: sandbox.info.port });
try {
  const account = permanentAccount(sandbox.info);
  const options = await session.openExtensionPage('options.html');
  const cdp = await session.context.newCDPSession(options);
  await session.worker();
  const heapBefore = await workerHeapMb(cdp, session.extensionId);

  const started = Date.now();
  await configureAccount(options, account);
  await until('customers + money sync', () => syncComplete(options), 5 * 60_000, 1000);
  console.error(`sync of ${CUSTOMERS} customers took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The scheduler goes on with the vouchers job and a first bounded slice of the resources pass, then goes idle
  // (the rest of the resources pass continues in later slices). Wait for that, so the popup loads measure an
  // idle worker; go on after two minutes if it is still busy (then say so).
  const synced = Date.now();
  const settled = await until(
    'vouchers and resources reached, scheduler idle',
    async () => {
      const status = await syncStatus(options);
      const job = (id: string) =>
        status.jobs.find((j) => j.id === id) as { lastSuccessAt: number | null; continuesAt?: number } | undefined;
      const resources = job('resources');
      const reached =
        job('vouchers')?.lastSuccessAt != null &&
        (resources?.lastSuccessAt != null || resources?.continuesAt !== undefined);
      return reached && !status.running ? (Date.now() - synced) / 1000 : null;
    },
    120_000,
    500,
  ).catch(() => {
    console.error('note: the scheduler was still running during the popup loads');
    return null;
  });
  const calls = (op: string) => sandbox.bss.requests.filter((r) => r.operation === op).length;
  const heapAfter = await workerHeapMb(cdp, session.extensionId);
  await cdp.detach();

  await installProbe(session.context, { shell: 'main h1', results: '.result' });
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const open = async () => {
    const page = await session.context.newPage();
    await page.goto(popupUrl);
    const m = await marks(page, ['shell', 'results'], 60_000);
    await page.close();
    return { shell: m.shell ?? Number.NaN, results: m.results ?? Number.NaN };
  };
  await open(); // warm-up: first load of the popup's scripts and the worker's first read of the cache
  const shell: number[] = [];
  const results: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await open();
    shell.push(r.shell);
    results.push(r.results);
  }
  const sortedShell = [...shell].sort((a, b) => a - b);
  emit('popup.first-results', 'ms', results, sortedShell[Math.floor(RUNS / 2)] ?? 0, 3);
  if (heapBefore !== null && heapAfter !== null) emit('sync.heap', 'MB', [heapAfter], heapBefore, 3);
  // The bar: after a full sync of 50k the scheduler must reach vouchers and resources and be idle again
  // within a minute (before the fix the resources job alone held it for ~45 min, one call per customer at risk).
  if (settled !== null)
    emit('sync.settle', 's', [settled], 60, 1, {
      vouchersCalls: calls('ListIssuedPartnerCoupons'),
      resourcesCalls: calls('ListPayPerUseCustomerResources'),
    });
  if (session.errors.length) console.error(`console errors:\n${session.errors.join('\n')}`);
} finally {
  await session.close();
  await sandbox.close();
}
