import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openAssistantDb } from '@/utils/cache/db';
import {
  clearScope,
  countCustomers,
  countCustomersByStatus,
  customersWithStatus,
  findCustomers,
  getCheckpoint,
  getCustomer,
  getMoneyHistory,
  getMoneyState,
  listCheckpoints,
  loadCustomers,
  loadPartnerBalances,
  loadVoucherQuotas,
  MONEY_HISTORY_CAP,
  ordersForCustomer,
  ordersWithStatus,
  putCheckpoint,
  putMoneyStates,
  replacePartnerBalances,
  replaceVoucherQuotas,
  resourcesExpiringBy,
  resourcesForCustomer,
  setCustomerStatuses,
  sweepStale,
  upsertCustomersPage,
  upsertOrdersPage,
  upsertResourcesPage,
  upsertVouchersPage,
  vouchersExpiringBy,
  vouchersForCustomer,
} from '@/utils/cache/repositories';
import type { Customer } from '@/utils/domain';
import { customer, OTHER_PARTNER, OTHER_SITE, PROV, SCOPE } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await openAssistantDb();
});
afterEach(() => db.close());

const checkpoint = (offset: number) => ({
  jobId: 'customers',
  runId: 'run-1',
  offset,
  total: 250,
  totalAtStart: 250,
  startedAt: 1,
  updatedAt: 2,
  done: false,
});

describe('customers', () => {
  it('keeps partner accounts and sites apart', async () => {
    await upsertCustomersPage(db, SCOPE, [customer(1), customer(2)], PROV);
    await upsertCustomersPage(db, OTHER_PARTNER, [customer(1, { name: 'B' })], PROV);
    await upsertCustomersPage(db, OTHER_SITE, [customer(3)], PROV);
    expect((await loadCustomers(db, SCOPE)).map((c) => c.customerId)).toEqual([
      customer(1).customerId,
      customer(2).customerId,
    ]);
    expect((await getCustomer(db, OTHER_PARTNER, customer(1).customerId))?.name).toBe('B');
    expect(await countCustomers(db, OTHER_SITE)).toBe(1);
    const stored = await getCustomer(db, SCOPE, customer(1).customerId);
    expect(stored).toMatchObject({ ...customer(1), ...SCOPE, ...PROV, status: 'unknown' });
  });

  it('a payload cannot re-scope itself', async () => {
    const hostile = { ...customer(9), partnerId: 'partner-b', site: 'intl' } as Customer;
    await upsertCustomersPage(db, SCOPE, [hostile], PROV);
    expect(await countCustomers(db, OTHER_PARTNER)).toBe(0);
    expect(await countCustomers(db, SCOPE)).toBe(1);
  });

  it('writes a page and its checkpoint together, or neither', async () => {
    await upsertCustomersPage(db, SCOPE, [customer(1)], { ...PROV, runId: 'run-1' }, checkpoint(100));
    expect(await getCheckpoint(db, SCOPE, 'customers')).toMatchObject({ offset: 100, ...SCOPE });
    const broken = { ...customer(2), customerId: undefined } as unknown as Customer; // no valid key → aborts
    await expect(upsertCustomersPage(db, SCOPE, [customer(3), broken], PROV, checkpoint(200))).rejects.toThrow();
    expect((await getCheckpoint(db, SCOPE, 'customers'))?.offset).toBe(100);
    expect(await getCustomer(db, SCOPE, customer(3).customerId)).toBeUndefined();
  });

  it('finds by name, account name and label prefix within the scope', async () => {
    await upsertCustomersPage(
      db,
      SCOPE,
      [
        customer(1, { name: '华为测试', accountName: 'alpha' }),
        customer(2, { name: '华为云', accountName: 'beta', label: 'vip' }),
        customer(3, { name: 'Acme', accountName: 'alpine', label: 'vip-2' }),
      ],
      PROV,
    );
    await upsertCustomersPage(db, OTHER_PARTNER, [customer(4, { name: '华为别家' })], PROV);
    expect((await findCustomers(db, SCOPE, 'name', '华为')).map((c) => c.name).sort()).toEqual(['华为云', '华为测试']);
    expect((await findCustomers(db, SCOPE, 'accountName', 'alp')).map((c) => c.accountName)).toEqual([
      'alpha',
      'alpine',
    ]);
    expect((await findCustomers(db, SCOPE, 'label', 'vip')).length).toBe(2);
    expect((await findCustomers(db, SCOPE, 'name', '', 2)).length).toBe(2);
  });

  it('keeps a computed status across list upserts and answers at-risk queries', async () => {
    await upsertCustomersPage(db, SCOPE, [customer(1), customer(2), customer(3)], PROV);
    const changed = await setCustomerStatuses(
      db,
      SCOPE,
      new Map([
        [customer(1).customerId, 'blocked'],
        [customer(2).customerId, 'low'],
        [customer(3).customerId, 'unknown'],
        ['missing', 'ok'],
      ]),
    );
    expect(changed).toBe(2);
    await upsertCustomersPage(db, SCOPE, [customer(1, { name: 'renamed' })], PROV);
    expect((await getCustomer(db, SCOPE, customer(1).customerId))?.status).toBe('blocked');
    expect((await customersWithStatus(db, SCOPE, ['blocked', 'low'])).map((c) => c.status)).toEqual(['blocked', 'low']);
    expect(await countCustomersByStatus(db, SCOPE)).toEqual({
      blocked: 1,
      frozen: 0,
      low: 1,
      ok: 0,
      'not-applicable': 0,
      unknown: 1,
    });
    expect((await countCustomersByStatus(db, OTHER_PARTNER)).blocked).toBe(0);
  });

  it('sweeps rows a complete pass did not see, with their money', async () => {
    await upsertCustomersPage(db, SCOPE, [customer(1), customer(2)], { ...PROV, runId: 'old' });
    await putMoneyStates(
      db,
      SCOPE,
      [{ site: 'cn', customerId: customer(2).customerId, balance: '1', debt: '0', currency: 'CNY' }],
      PROV,
    );
    await upsertCustomersPage(db, SCOPE, [customer(1)], { ...PROV, runId: 'new' });
    await upsertCustomersPage(db, OTHER_PARTNER, [customer(2)], { ...PROV, runId: 'old' });
    expect(await sweepStale(db, 'customers', SCOPE, 'new')).toBe(1);
    expect((await loadCustomers(db, SCOPE)).map((c) => c.customerId)).toEqual([customer(1).customerId]);
    expect(await getMoneyState(db, SCOPE, customer(2).customerId)).toBeUndefined();
    expect(await countCustomers(db, OTHER_PARTNER)).toBe(1);
  });
});

describe('money state and history', () => {
  const id = customer(1).customerId;
  const cn = (balance: string) => ({
    site: 'cn' as const,
    customerId: id,
    balance,
    debt: '0',
    currency: 'CNY' as const,
  });

  it('appends a history point only when a figure changed, capped', async () => {
    await putMoneyStates(db, SCOPE, [cn('10.00')], { ...PROV, fetchedAt: 1 });
    await putMoneyStates(db, SCOPE, [cn('10.00')], { ...PROV, fetchedAt: 2 });
    await putMoneyStates(db, SCOPE, [{ ...cn('10.00'), frozen: 1 }], { ...PROV, fetchedAt: 3 });
    expect(await getMoneyHistory(db, SCOPE, id)).toEqual([
      { at: 1, site: 'cn', balance: '10.00', debt: '0' },
      { at: 3, site: 'cn', balance: '10.00', debt: '0', frozen: 1 },
    ]);
    expect(await getMoneyState(db, SCOPE, id)).toMatchObject({ balance: '10.00', frozen: 1, fetchedAt: 3 });
    for (let i = 0; i < 40; i++) await putMoneyStates(db, SCOPE, [cn(`${i}`)], { ...PROV, fetchedAt: 10 + i });
    const points = await getMoneyHistory(db, SCOPE, id);
    expect(points).toHaveLength(MONEY_HISTORY_CAP);
    expect(points.at(-1)).toMatchObject({ balance: '39', at: 49 });
  });

  it('keeps intl budgets per scope and refuses a site mismatch', async () => {
    const intl = {
      site: 'intl' as const,
      customerId: id,
      budget: '500',
      used: '120.5',
      budgetType: 'MONTHLY' as const,
      currency: 'USD' as const,
    };
    await putMoneyStates(db, OTHER_SITE, [intl], PROV);
    expect(await getMoneyState(db, OTHER_SITE, id)).toMatchObject({ budget: '500', used: '120.5' });
    expect(await getMoneyState(db, SCOPE, id)).toBeUndefined();
    await expect(putMoneyStates(db, SCOPE, [intl], PROV)).rejects.toThrow(/site/);
  });
});

describe('partner money, vouchers, resources, orders, checkpoints', () => {
  it('replaces partner balances and voucher quotas as a whole', async () => {
    await replacePartnerBalances(
      db,
      SCOPE,
      [
        { accountType: '1', amount: '10', currency: 'CNY' },
        { accountType: '8', amount: '5', currency: 'CNY' },
      ],
      PROV,
    );
    await replacePartnerBalances(db, SCOPE, [{ accountType: '8', amount: '7', currency: 'CNY' }], PROV);
    expect((await loadPartnerBalances(db, SCOPE)).map((b) => [b.accountType, b.amount])).toEqual([['8', '7']]);
    const quota = { quotaId: 'q1', quotaType: 0, status: 0, value: '1000', balance: '400', currency: 'CNY' as const };
    await replaceVoucherQuotas(db, SCOPE, [quota], PROV);
    expect(await loadVoucherQuotas(db, SCOPE)).toMatchObject([{ quotaId: 'q1', balance: '400' }]);
    expect(await loadVoucherQuotas(db, OTHER_PARTNER)).toEqual([]);
  });

  it('indexes vouchers, resources and orders by customer, expiry and status', async () => {
    const c1 = customer(1).customerId;
    const voucher = (couponId: string, expireTime?: string) => ({
      couponId,
      customerId: c1,
      status: 2,
      couponType: 1,
      faceValue: '100',
      balance: '50',
      ...(expireTime ? { expireTime } : {}),
    });
    await upsertVouchersPage(
      db,
      SCOPE,
      [voucher('v1', '2025-01-01T00:00:00Z'), voucher('v2', '2026-01-01T00:00:00Z'), voucher('v3')],
      PROV,
    );
    expect((await vouchersForCustomer(db, SCOPE, c1)).length).toBe(3);
    expect((await vouchersExpiringBy(db, SCOPE, '2025-06-01T00:00:00Z')).map((v) => v.couponId)).toEqual(['v1']);

    const resource = (resourceId: string, expireTime: string) => ({
      resourceId,
      customerId: c1,
      name: resourceId,
      billing: 'subscription' as const,
      serviceTypeCode: 'hws.service.type.ec2',
      status: 2,
      expireTime,
    });
    await upsertResourcesPage(
      db,
      SCOPE,
      [resource('r2', '2025-03-01T00:00:00Z'), resource('r1', '2025-02-01T00:00:00Z')],
      PROV,
      {
        ...checkpoint(100),
        jobId: 'resources',
      },
    );
    expect((await resourcesExpiringBy(db, SCOPE, '2025-12-31T00:00:00Z')).map((r) => r.resourceId)).toEqual([
      'r1',
      'r2',
    ]);
    expect((await resourcesForCustomer(db, OTHER_PARTNER, c1)).length).toBe(0);
    expect((await listCheckpoints(db, SCOPE)).map((c) => c.jobId)).toEqual(['resources']);

    const order = (orderId: string, status: number) => ({
      orderId,
      customerId: c1,
      status,
      orderType: 1,
      createTime: '2025-01-01T00:00:00Z',
    });
    await upsertOrdersPage(db, SCOPE, [order('o1', 6), order('o2', 5)], PROV);
    expect((await ordersWithStatus(db, SCOPE, 6)).map((o) => o.orderId)).toEqual(['o1']);
    expect((await ordersForCustomer(db, SCOPE, c1)).length).toBe(2);
  });

  it('checkpoints are per scope and job; clearScope forgets one partner account entirely', async () => {
    await putCheckpoint(db, SCOPE, checkpoint(300));
    await putCheckpoint(db, OTHER_PARTNER, checkpoint(0));
    await upsertCustomersPage(db, SCOPE, [customer(1)], PROV);
    await upsertCustomersPage(db, OTHER_PARTNER, [customer(1)], PROV);
    await clearScope(db, SCOPE);
    expect(await countCustomers(db, SCOPE)).toBe(0);
    expect(await getCheckpoint(db, SCOPE, 'customers')).toBeUndefined();
    expect(await countCustomers(db, OTHER_PARTNER)).toBe(1);
    expect((await getCheckpoint(db, OTHER_PARTNER, 'customers'))?.offset).toBe(0);
  });
});
