// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countCustomers } from '@/utils/cache/repositories';
import { acquireLease } from '@/utils/sync/lease';
import { readJobStatuses } from '@/utils/sync/status-store';
import { resellers, useSyncSandbox } from './helpers';

const N = 250;

describe('sync service', () => {
  const h = useSyncSandbox('cn', N);
  beforeEach(() => h.skip(['resources']));

  it('a first run syncs every due job and reports success', async () => {
    const sync = h.service();
    await sync.ensure();
    const status = await sync.status();
    expect(status.running).toBe(false);
    expect(status.error).toBeNull();
    expect(status.stale).toBe(false);
    expect(status.lastSuccessAt).not.toBeNull();
    const customers = status.jobs.find((j) => j.id === 'customers');
    expect(customers).toMatchObject({ state: 'idle', done: N, total: N });
    expect(status.jobs.find((j) => j.id === 'vouchers')?.state).toBe('idle');
    expect(h.calls('ListIssuedPartnerCoupons')).toBeGreaterThan(0);
    expect(status.clockSkewMs).not.toBeNull();
  });

  it('a status poll that finds nothing due does not read as syncing; "sync now" does at once', async () => {
    const sync = h.service();
    await sync.ensure();
    const checking = sync.ensure(); // what each sync.status does before answering
    expect((await sync.status()).running).toBe(false);
    await checking;
    const started = sync.syncNow();
    expect((await sync.status()).running).toBe(true);
    await started;
    expect((await sync.status()).running).toBe(false);
  });

  it('is single-flight within a worker and across contexts (persisted lease)', async () => {
    const a = h.service();
    const b = h.service(); // another context sharing the database
    const runA = a.ensure();
    expect(a.ensure()).toBe(runA);
    await Promise.all([runA, b.ensure()]);
    expect(h.calls('ListSubCustomers')).toBe(Math.ceil(N / 100));
  });

  it('waits for a lease a killed worker left behind instead of running twice', async () => {
    await acquireLease(h.db, 'sync-lease', 'dead-worker', Date.now(), 300);
    const sync = h.service();
    await sync.ensure();
    expect(h.calls('ListSubCustomers')).toBe(0);
    await new Promise((r) => setTimeout(r, 400)); // the retry timer fires once the lease expired
    await sync.ensure();
    expect(h.calls('ListSubCustomers')).toBe(Math.ceil(N / 100));
  });

  describe('with the Web Locks API (browsers)', () => {
    /** A LockManager stand-in: `ifAvailable` requests get null while the name is held. */
    const held = new Set<string>();
    beforeEach(() => {
      held.clear();
      vi.stubGlobal('navigator', {
        locks: {
          async request(name: string, _options: object, fn: (lock: object | null) => Promise<unknown>) {
            if (held.has(name)) return fn(null);
            held.add(name);
            try {
              return await fn({ name });
            } finally {
              held.delete(name);
            }
          },
        },
      });
    });
    afterEach(() => vi.unstubAllGlobals());

    it("takes a killed worker's unexpired lease over at once: the browser freed its run lock", async () => {
      await acquireLease(h.db, 'sync-lease', 'dead-worker', Date.now(), 60_000);
      await h.service().ensure();
      expect(h.calls('ListSubCustomers')).toBe(Math.ceil(N / 100));
    });

    it('stays out while a live context holds the run lock', async () => {
      held.add('partner-assistant-sync');
      await h.service().ensure();
      expect(h.calls('ListSubCustomers')).toBe(0);
    });
  });

  it('a failing sync keeps the last data, says why (ApiError kind) and marks it stale', async () => {
    const sync = h.service();
    await sync.ensure();
    h.server.sandbox.setFaults({
      rules: [{ kind: 'error', status: 403, errorCode: 'CBC.0151', errorMsg: 'no permission' }],
    });
    await sync.syncNow(['customers']);
    const status = await sync.status();
    expect(status.stale).toBe(true);
    expect(status.error).toMatchObject({ reason: 'permission', job: 'customers', kind: 'permission' });
    expect(status.jobs.find((j) => j.id === 'customers')).toMatchObject({
      state: 'failed',
      error: { kind: 'permission' },
    });
    expect(await countCustomers(h.db, h.scope)).toBe(N);
  });

  it('does nothing while the vault is locked, and resumes from the checkpoint after unlock', async () => {
    let locked = true;
    let pages = 0;
    const sync = h.service({
      credentials: async () =>
        locked
          ? { ok: false, reason: 'locked' }
          : { ok: true, credentials: { ...h.server.sandbox.accounts.cn, site: 'cn' }, label: 'x' },
      isLocked: async () => locked,
    });
    await sync.ensure();
    expect(h.server.sandbox.requests.length).toBe(0);
    expect((await sync.status()).error?.reason).toBe('locked');

    locked = false;
    const unsubscribe = h.server.sandbox.onRequestDone((r) => {
      // Lock after the second list page: the run stops between requests.
      if (r.operation === 'ListSubCustomers' && ++pages === 2) {
        locked = true;
        sync.pause();
      }
    });
    await sync.ensure();
    unsubscribe();
    const paused = await readJobStatuses(h.db, h.scope);
    expect(paused.customers.state).toBe('paused');
    const before = h.calls('ListSubCustomers');
    expect(before).toBeLessThan(Math.ceil(N / 100));

    locked = false;
    await sync.ensure();
    // The page whose answer was cut by the stop may be fetched again; nothing more.
    expect(h.calls('ListSubCustomers')).toBeLessThanOrEqual(Math.ceil(N / 100) + 1);
    expect(await countCustomers(h.db, h.scope)).toBe(N);
  });

  it('refreshes money alone between list passes: ceil(R/100) calls, no list call', async () => {
    const sync = h.service();
    await sync.ensure();
    h.server.sandbox.requests.length = 0;
    await sync.syncNow(['money']);
    expect(h.calls('ListSubCustomers')).toBe(0);
    expect(h.calls('ListCustomersBalancesDetail')).toBe(Math.ceil(resellers(h.dataset()) / 100));
  });
});
