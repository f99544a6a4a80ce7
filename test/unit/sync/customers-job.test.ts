// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  countCustomers,
  getCheckpoint,
  loadCustomers,
  loadMoneyStates,
  upsertCustomersPage,
} from '@/utils/cache/repositories';
import { runCustomersJob } from '@/utils/sync/jobs/customers';
import { expectedStatuses, resellers, useSyncSandbox } from './helpers';

const N = 450;

describe.each(['cn', 'intl'] as const)('customer pass on %s', (site) => {
  const h = useSyncSandbox(site, N);
  const moneyOp = site === 'cn' ? 'ListCustomersBalancesDetail' : 'ListSubCustomerBudget';

  it('makes the minimum number of calls: ceil(N/100) list + ceil(R/100) money', async () => {
    await runCustomersJob(h.ctx());
    const r = resellers(h.dataset());
    expect(h.calls('ListSubCustomers')).toBe(Math.ceil(N / 100));
    expect(h.calls(moneyOp)).toBe(Math.ceil(r / 100));
  });

  it('ends with exactly the sandbox data and the rules’ statuses', async () => {
    await runCustomersJob(h.ctx());
    const cached = await loadCustomers(h.db, h.scope);
    expect(cached.map((c) => c.customerId).sort()).toEqual(
      h
        .dataset()
        .customers.map((c) => c.customerId)
        .sort(),
    );
    const money = await loadMoneyStates(h.db, h.scope);
    expect(money.length).toBe(resellers(h.dataset()));
    const expected = expectedStatuses(h.dataset(), h.settings);
    for (const c of cached) expect([c.customerId, c.status]).toEqual([c.customerId, expected.get(c.customerId)]);
  });

  it('resumes after a kill between pages: no page lost, none fetched twice, no duplicates', async () => {
    const killer = new AbortController();
    let pages = 0;
    const first = h.ctx({
      signal: killer.signal,
      progress: async (job) => {
        if (job === 'customers' && ++pages === 2) killer.abort(new Error('worker stopped'));
      },
    });
    await expect(runCustomersJob(first)).rejects.toThrow();
    const checkpoint = await getCheckpoint(h.db, h.scope, 'customers');
    expect(checkpoint).toMatchObject({ offset: 200, done: false });

    await runCustomersJob(h.ctx()); // the next wake
    expect(h.calls('ListSubCustomers')).toBe(Math.ceil(N / 100));
    // The money buffer died with the worker; it is rebuilt from the cache, at most one batch is repeated.
    expect(h.calls(moneyOp)).toBeLessThanOrEqual(Math.ceil(resellers(h.dataset()) / 100) + 1);
    expect(await countCustomers(h.db, h.scope)).toBe(N);
    expect((await loadMoneyStates(h.db, h.scope)).length).toBe(resellers(h.dataset()));
    expect(await getCheckpoint(h.db, h.scope, 'customers')).toMatchObject({ done: true });
  });

  it('sweeps customers the list no longer returns after a complete pass', async () => {
    const gone = {
      customerId: 'f'.repeat(32),
      accountName: 'gone',
      name: '',
      associationType: '2' as const,
      frozen: 0 as const,
    };
    await upsertCustomersPage(h.db, h.scope, [gone], { fetchedAt: 1, source: 'api', runId: 'old' });
    await runCustomersJob(h.ctx());
    expect(await countCustomers(h.db, h.scope)).toBe(N);
  });
});
