// @vitest-environment node
/**
 * What keeps a sync of tens of thousands of customers from holding the scheduler: the resources pass runs in
 * bounded, prioritised slices; alerts run beside the sync, not in its path; the lease is let go on every exit.
 * Counted in API calls and job transitions, not time (timing is for test/bench).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { customersWithStatus, getCheckpoint } from '@/utils/cache/repositories';
import { clearCache } from '@/utils/sync/clear';
import { runCustomersJob } from '@/utils/sync/jobs/customers';
import { checkedKey, RESOURCES_FLUSH_EVERY, runResourcesJob } from '@/utils/sync/jobs/resources';
import { acquireLease } from '@/utils/sync/lease';
import { SLICE_PAUSE_MS } from '@/utils/sync/plan';
import { readJobStatuses } from '@/utils/sync/status-store';
import { useSyncSandbox } from './helpers';

const N = 300;
const CAP = 12;
const RESOURCES = 'ListPayPerUseCustomerResources';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** These tests count calls and transitions, not time: neither the sandbox nor the client throttles. */
function unthrottled(h: ReturnType<typeof useSyncSandbox>) {
  beforeAll(() => h.server.sandbox.setRateLimit(0));
  return () => h.client({ perApiPerWindow: 1000 });
}

describe('resources pass in bounded slices', () => {
  const h = useSyncSandbox('cn', N);
  const client = unthrottled(h);
  const atRisk = async () =>
    (await customersWithStatus(h.db, h.scope, ['blocked', 'frozen', 'low'])).filter((c) => c.associationType === '2');

  it('spends at most the per-run budget, those who cannot buy first, and checks each customer at risk once per pass', async () => {
    await runCustomersJob(h.ctx({ client: client() }));
    const risk = await atRisk();
    const cannotBuy = new Set(risk.filter((c) => c.status !== 'low').map((c) => c.customerId));
    expect(risk.length).toBeGreaterThan(3 * CAP);
    expect(cannotBuy.size).toBeGreaterThan(CAP);
    expect(cannotBuy.size).toBeLessThan(risk.length);

    const ctx = h.ctx({ client: client(), limits: { resourcesCallsPerRun: CAP } });
    expect(await runResourcesJob(ctx)).toEqual({ complete: false });
    expect(h.answered(RESOURCES)).toBe(CAP);
    expect(h.customersAsked(RESOURCES).every((id) => cannotBuy.has(id))).toBe(true);
    // How far the pass got is in its checkpoint (and so in the status).
    expect(await getCheckpoint(h.db, h.scope, 'resources')).toMatchObject({
      offset: CAP,
      total: risk.length,
      done: false,
    });

    let runs = 1;
    while (!(await runResourcesJob(ctx)).complete) {
      expect(++runs).toBeLessThan(100);
    }
    expect(runs + 1).toBe(Math.ceil(risk.length / CAP));
    const asked = h.customersAsked(RESOURCES);
    expect(asked.length).toBe(risk.length);
    expect(new Set(asked)).toEqual(new Set(risk.map((c) => c.customerId)));
    const lastCannotBuy = asked.findLastIndex((id) => cannotBuy.has(id));
    const firstLow = asked.findIndex((id) => !cannotBuy.has(id));
    expect(lastCannotBuy).toBeLessThan(firstLow);
    expect(await getCheckpoint(h.db, h.scope, 'resources')).toMatchObject({ offset: risk.length, done: true });
  });

  it('a slice learns who is at risk from the status index, without reading their records', async () => {
    await runCustomersJob(h.ctx({ client: client() }));
    const recordScans = vi.spyOn(IDBIndex.prototype, 'getAll');
    await runResourcesJob(h.ctx({ client: client(), limits: { resourcesCallsPerRun: CAP } }));
    expect(recordScans).not.toHaveBeenCalled();
    recordScans.mockRestore();
  });

  it('"clear cache" forgets when each customer was checked', async () => {
    await runCustomersJob(h.ctx({ client: client() }));
    await runResourcesJob(h.ctx({ client: client(), limits: { resourcesCallsPerRun: CAP } }));
    expect(await h.db.get('meta', checkedKey(h.scope))).toBeDefined();
    await clearCache(h.db);
    expect(await h.db.get('meta', checkedKey(h.scope))).toBeUndefined();
  });

  it('a worker killed mid-slice re-checks at most the customers since the last commit', async () => {
    await runCustomersJob(h.ctx({ client: client() }));
    const risk = await atRisk();
    const killer = new AbortController();
    const stop = h.server.sandbox.onRequestDone((r) => {
      if (r.operation === RESOURCES && r.status === 200 && h.answered(RESOURCES) === RESOURCES_FLUSH_EVERY + 5)
        killer.abort(new Error('worker stopped'));
    });
    const limits = { resourcesCallsPerRun: 4 * RESOURCES_FLUSH_EVERY };
    await expect(runResourcesJob(h.ctx({ client: client(), signal: killer.signal, limits }))).rejects.toThrow();
    stop();
    expect(await getCheckpoint(h.db, h.scope, 'resources')).toMatchObject({ offset: RESOURCES_FLUSH_EVERY });
    while (!(await runResourcesJob(h.ctx({ client: client(), limits }))).complete) {
      // next slice
    }
    const asked = h.customersAsked(RESOURCES);
    expect(new Set(asked).size).toBe(risk.length);
    expect(asked.length).toBeLessThanOrEqual(risk.length + RESOURCES_FLUSH_EVERY);
  });
});

describe('the scheduler after a full sync', () => {
  const h = useSyncSandbox('cn', N);
  const client = unthrottled(h);

  it('reaches vouchers and a bounded resources slice, goes idle, and lets the money refresh in before the next slice', async () => {
    let offset = 0;
    const order: string[] = [];
    const stop = h.server.sandbox.onRequestDone((r) => {
      if (r.status === 200 && r.operation && order.at(-1) !== r.operation) order.push(r.operation);
    });
    const sync = h.service({
      now: () => Date.now() + offset,
      makeClient: client,
      limits: { resourcesCallsPerRun: CAP },
    });
    await sync.ensure();
    // List pages and balance batches interleave; then vouchers, then one resources slice, and the run ends.
    const vouchersFrom = order.indexOf('ListQuotaCoupons');
    expect(new Set(order.slice(0, vouchersFrom))).toEqual(new Set(['ListSubCustomers', 'ListCustomersBalancesDetail']));
    expect(order.slice(vouchersFrom)).toEqual([
      'ListQuotaCoupons',
      'ListPartnerBalances',
      'ListIssuedPartnerCoupons',
      RESOURCES,
    ]);
    expect(h.answered(RESOURCES)).toBe(CAP);
    const status = await sync.status();
    expect(status.running).toBe(false);
    const job = (id: string) => status.jobs.find((j) => j.id === id);
    expect(job('vouchers')?.lastSuccessAt).not.toBeNull();
    const risk = (await customersWithStatus(h.db, h.scope, ['blocked', 'frozen', 'low'])).length;
    expect(job('resources')).toMatchObject({ state: 'idle', done: CAP, total: risk, lastSuccessAt: null });
    expect(job('resources')?.continuesAt).toBeGreaterThan(Date.now() + SLICE_PAUSE_MS - 10_000);

    // Nothing is due during the pause: the status polls that nudge the scheduler fetch nothing.
    const before = h.server.sandbox.requests.length;
    await sync.ensure();
    expect(h.server.sandbox.requests.length).toBe(before);
    expect((await sync.status()).running).toBe(false);

    // After the pause the pass goes on; once the money refresh is due as well, it runs first.
    offset = SLICE_PAUSE_MS;
    await sync.ensure();
    expect(h.answered(RESOURCES)).toBe(2 * CAP);
    order.length = 0;
    offset = 15 * 60_000;
    await sync.ensure();
    expect(order).toEqual(['ListCustomersBalancesDetail', RESOURCES]);
    expect(h.answered(RESOURCES)).toBe(3 * CAP);
    stop();
  });

  it('badge and notifications that never answer hold neither the run nor the lease', async () => {
    const sync = h.service({
      makeClient: client,
      onStatusesChanged: () => new Promise<void>(() => {}),
      alertsWaitMs: 200,
      limits: { resourcesCallsPerRun: CAP },
    });
    const outcome = await Promise.race([sync.ensure().then(() => 'finished'), sleep(20_000).then(() => 'stuck')]);
    expect(outcome).toBe('finished');
    expect(h.answered('ListIssuedPartnerCoupons')).toBeGreaterThan(0);
    expect(h.answered(RESOURCES)).toBe(CAP);
    expect(await acquireLease(h.db, 'sync-lease', 'another-context', Date.now())).toEqual({ ok: true });
  });

  it('alerts run once per change, never two at once, and a run waits for them before it ends', async () => {
    let running = 0;
    let overlap = false;
    const seen: number[] = [];
    const sync = h.service({
      makeClient: client,
      onStatusesChanged: async () => {
        overlap ||= running > 0;
        running++;
        await sleep(300);
        seen.push(Date.now());
        running--;
      },
      limits: { resourcesCallsPerRun: CAP },
    });
    await sync.ensure(); // customers (statuses changed), vouchers, resources
    expect(seen).toHaveLength(1);
    await sync.syncNow(['money']);
    expect(seen).toHaveLength(2);
    expect(overlap).toBe(false);
  });

  it('a failure before the first job lets go of the lease at once', async () => {
    const sync = h.service({
      settings: async () => {
        throw new Error('settings unreadable');
      },
      heartbeatMs: 20,
    });
    await sync.ensure();
    await sleep(100); // a leaked heartbeat would have renewed it by now
    expect(await acquireLease(h.db, 'sync-lease', 'another-context', Date.now())).toEqual({ ok: true });
    expect((await readJobStatuses(h.db, h.scope)).customers.state).toBe('idle');
  });
});
