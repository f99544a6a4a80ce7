/**
 * Sync benchmarks. Run: `npx tsx test/bench/sync.bench.ts` (prints one JSON object per line). The cache
 * throughput benchmarks (cache.upsert, cache.lookup) run in real Chromium: test/bench/cache.bench.ts.
 *
 * - sync.calls: a full customer pass of 10,000 sandbox customers (~60 % resellers) with the real client over
 *   HTTP, API calls made ÷ the minimum ceil(N/100) + ceil(R/100) (target 1).
 * - sync.time: wall time of that pass ÷ the rate-limit floor of those calls (10 per second per API, list and
 *   balance APIs in parallel) (target ≤ 1.2).
 * - sync.full: a first "sync now" of 50,000 customers through the scheduler (createSyncService, with the
 *   notifier and the badge) at the real rate limits, until the scheduler is idle again: seconds ÷ the
 *   rate-limit floor of the jobs run one after another (list pages, voucher pages, one bounded resources
 *   slice) (target ≤ 1.3). Extra fields: when the vouchers and resources jobs started, API calls per
 *   operation and IndexedDB transactions. On fake-indexeddb in Node.
 * - sync.heap.10k: in real Chromium with the production build, the service worker's used JS heap after a
 *   10,000-customer sync (configured through the options page; read once the scheduler is idle again, after a
 *   full GC) ÷ before it (target ≤ 3).
 *   popup.bench.ts reports the same after 50,000 as sync.heap.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { refreshBadge } from '@/utils/alerts/badge';
import { createClient } from '@/utils/api/client';
import { openAssistantDb } from '@/utils/cache/db';
import type { PartnerScope } from '@/utils/domain';
import type { SyncJobId } from '@/utils/messages/sync';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { runCustomersJob } from '@/utils/sync/jobs/customers';
import { RESOURCES_CALLS_PER_RUN } from '@/utils/sync/jobs/resources';
import { createSyncService } from '@/utils/sync/service';
import { readJobStatuses } from '@/utils/sync/status-store';
import { launchExtension } from '../e2e/harness';
import { syncStatus } from '../e2e/sync/flow';
import { startBssTestServer } from '../sandbox/bss/index';
import { permanentAccount, startSandbox } from '../sandbox/server';
import { configureAccount, until, workerHeapMb } from './chromium';
import { quietAlerts } from './quiet-alerts';

const N = 10_000;
const SYNC_RUNS = 3;
const FULL_N = 50_000;
const PER_SECOND = 10;

/** For rates (higher is better) the "p95" is the rate of the slowest 5 %: the 95th percentile of latency. */
function stats(samples: number[], higherIsBetter: boolean) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { median: at(0.5), p95: at(higherIsBetter ? 0.05 : 0.95), runs: samples.length };
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function emit(
  name: string,
  unit: string,
  samples: number[],
  baseline: number,
  target: number,
  ratioOf: (v: number) => number,
  extra: Record<string, unknown> = {},
) {
  const s = stats(samples, unit.endsWith('/s'));
  console.log(
    JSON.stringify({
      name,
      unit,
      median: round(s.median),
      p95: round(s.p95),
      runs: s.runs,
      baseline: round(baseline),
      ratio: round(ratioOf(s.median)),
      target,
      ...extra,
    }),
  );
}

/** The earliest a batch of `k` calls of one API can finish starting under 10 per second. */
const floorMs = (k: number) => Math.max(0, Math.ceil(k / PER_SECOND) - 1) * 1000;

async function benchSync() {
  const server = await startBssTestServer({ site: 'cn', seed: 5, customers: N });
  const account = server.sandbox.accounts.cn;
  const scope: PartnerScope = { partnerId: account.domainId, site: 'cn' };
  const resellers = server.sandbox.dataset.sites.cn.customers.filter((c) => c.associationType === '2').length;
  const minimum = Math.ceil(N / 100) + Math.ceil(resellers / 100);
  const floor = Math.max(floorMs(Math.ceil(N / 100)), floorMs(Math.ceil(resellers / 100)));
  const calls: number[] = [];
  const times: number[] = [];
  for (let run = 0; run < SYNC_RUNS; run++) {
    server.sandbox.reset();
    globalThis.indexedDB = new IDBFactory();
    const db = await openAssistantDb();
    const client = createClient({
      credentials: { ...account, site: 'cn' },
      baseUrls: { bss: server.baseUrl, iam: server.iamBaseUrl },
    });
    let id = 0;
    const started = performance.now();
    await runCustomersJob({
      db,
      client,
      scope,
      signal: new AbortController().signal,
      statusSettings: { lowAmount: '100' },
      now: Date.now,
      newId: () => `bench-${run}-${++id}`,
      progress: async () => {},
      heartbeat: async () => {},
    });
    times.push(performance.now() - started);
    calls.push(server.sandbox.requests.filter((r) => r.status === 200).length);
    db.close();
  }
  await server.close();
  emit('sync.calls', 'calls', calls, minimum, 1, (v) => v / minimum);
  emit('sync.time', 'ms', times, floor, 1.2, (v) => v / floor);
}

/** 50,000 customers, first "sync now" through the scheduler at the real rate limits, until it is idle again. */
async function benchFullSync() {
  const server = await startBssTestServer({ site: 'cn', seed: 41, customers: FULL_N });
  const account = server.sandbox.accounts.cn;
  const scope: PartnerScope = { partnerId: account.domainId, site: 'cn' };
  globalThis.indexedDB = new IDBFactory();
  const db = await openAssistantDb();
  let transactions = 0;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    transactions++;
    return transaction.apply(this, args);
  } as typeof transaction;
  const { notifier, action } = quietAlerts(db);
  const sync = createSyncService({
    db: async () => db,
    credentials: async () => ({ ok: true, credentials: { ...account, site: 'cn' }, label: '' }),
    isLocked: async () => false,
    activeScope: async () => scope,
    settings: async () => ({ ...DEFAULT_SETTINGS, dataMode: 'api' }),
    makeClient: (credentials) =>
      createClient({ credentials, baseUrls: { bss: server.baseUrl, iam: server.iamBaseUrl } }),
    onStatusesChanged: async (s) => {
      await notifier.process(s);
      await refreshBadge(db, s, action, { locked: false, stale: false });
    },
  });
  // When each job was first seen running (polled every 100 ms, as the popup polls the status).
  const started = performance.now();
  const reached: Partial<Record<SyncJobId, number>> = {};
  const poll = setInterval(() => {
    void readJobStatuses(db, scope).then((statuses) => {
      for (const [job, s] of Object.entries(statuses) as [SyncJobId, { state: string }][])
        if (s.state === 'running' && reached[job] === undefined) reached[job] = (performance.now() - started) / 1000;
    });
  }, 100);
  await sync.syncNow();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  IDBDatabase.prototype.transaction = transaction;
  const calls: Record<string, number> = {};
  for (const r of server.sandbox.requests) calls[r.operation ?? '?'] = (calls[r.operation ?? '?'] ?? 0) + 1;
  const status = await sync.status();
  const resources = status.jobs.find((j) => j.id === 'resources');
  const pages = (op: string) => calls[op] ?? 0;
  // The jobs run one after another; within the customers job list and balance APIs run in parallel.
  const floor =
    (Math.max(floorMs(pages('ListSubCustomers')), floorMs(pages('ListCustomersBalancesDetail'))) +
      floorMs(pages('ListIssuedPartnerCoupons')) +
      floorMs(pages('ListPayPerUseCustomerResources'))) /
    1000;
  await server.close();
  db.close();
  emit('sync.full', 's', [seconds], floor, 1.3, (v) => v / floor, {
    customers: FULL_N,
    idle: !status.running,
    vouchersAt: reached.vouchers === undefined ? null : round(reached.vouchers, 1),
    resourcesAt: reached.resources === undefined ? null : round(reached.resources, 1),
    resourcesChecked: resources ? `${resources.done}/${resources.total}` : null,
    resourcesCap: RESOURCES_CALLS_PER_RUN,
    calls,
    transactions,
  });
}

/** The extension's service worker heap after a 10,000-customer sync in real Chromium (production build). */
async function benchWorkerHeap() {
  const sandbox = await startSandbox({ seed: 5, customers: N, rateLimitPerSecond: 0 });
  const session = await launchExtension({ sandboxPort: sandbox.info.port });
  try {
    const account = permanentAccount(sandbox.info);
    const options = await session.openExtensionPage('options.html');
    const cdp = await session.context.newCDPSession(options);
    await session.worker();
    const before = await workerHeapMb(cdp, session.extensionId);
    await configureAccount(options, account);
    await until(
      'customers + money sync',
      async () => {
        const status = await syncStatus(options);
        const done = (id: string) => status.jobs.find((j) => j.id === id)?.lastSuccessAt != null;
        return done('customers') && done('money');
      },
      5 * 60_000,
      500,
    );
    // What the worker retains once the scheduler is idle again (vouchers and a first resources slice run on).
    await until('idle scheduler', async () => !(await syncStatus(options)).running, 120_000, 500).catch(() =>
      console.error('note: the scheduler was still running when the heap was read'),
    );
    const after = await workerHeapMb(cdp, session.extensionId);
    await cdp.detach();
    if (before === null || after === null) console.error('sync.heap.10k skipped: no worker target');
    else emit('sync.heap.10k', 'MB', [after], before, 3, (v) => v / before, { environment: 'chromium', customers: N });
    if (session.errors.length) console.error(`console errors:\n${session.errors.join('\n')}`);
  } finally {
    await session.close();
    await sandbox.close();
  }
}
await benchSync();
await benchFullSync();
await benchWorkerHeap();
