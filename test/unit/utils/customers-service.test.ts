import { describe, expect, it } from 'vitest';
import type { PartnerScope } from '@/utils/domain';
import { type CustomerDataSource, customerHandlers, type StoredCustomer } from '@/utils/services/customers';

const NOW = Date.UTC(2025, 2, 1);
const DAY = 86_400_000;
const scope: PartnerScope = { partnerId: 'p1', site: 'intl' };
const customer: StoredCustomer = {
  customerId: 'c1',
  name: 'Acme',
  accountName: 'acme',
  associationType: '2',
  frozen: 0,
  status: 'low',
  label: 'VIP',
  fetchedAt: NOW - 1000,
  source: 'api',
};

function source(over: Partial<CustomerDataSource> = {}): CustomerDataSource {
  return {
    activeScope: async () => scope,
    customers: async () => [customer, { ...customer, customerId: 'c2', label: '' }],
    moneyStates: async () => [
      {
        site: 'intl',
        customerId: 'c1',
        budget: '100',
        used: '80.5',
        budgetType: 'MONTHLY',
        currency: 'USD',
        fetchedAt: NOW - 500,
      },
    ],
    customer: async (_s, id) => (id === 'c1' ? customer : undefined),
    moneyState: async () => undefined,
    moneyHistory: async () => [
      { at: NOW - 2 * DAY, site: 'intl', budget: '100', used: '10' },
      { at: NOW - DAY, site: 'intl', budget: '100', used: '80.5' },
    ],
    vouchers: async () => [
      {
        couponId: 'v1',
        customerId: 'c1',
        status: 2,
        couponType: 1,
        faceValue: '50',
        balance: '20',
        expireTime: new Date(NOW + 3 * DAY).toISOString(),
      },
    ],
    resources: async () => [
      {
        resourceId: 'r1',
        customerId: 'c1',
        name: 'ecs',
        billing: 'subscription',
        serviceTypeCode: 'ecs',
        status: 2,
        expireTime: new Date(NOW + 10 * DAY).toISOString(),
      },
    ],
    syncedAt: async () => NOW - 60_000,
    ...over,
  };
}

describe('customers.list', () => {
  it('joins customers with their money into compact rows', async () => {
    const list = await customerHandlers({ data: source(), now: () => NOW })['customers.list']({}, 'extension-page');
    expect(list.scope).toEqual(scope);
    expect(list.syncedAt).toBe(NOW - 60_000);
    expect(list.rows[0]).toEqual({
      customerId: 'c1',
      name: 'Acme',
      accountName: 'acme',
      label: 'VIP',
      associationType: '2',
      frozen: 0,
      status: 'low',
      money: {
        site: 'intl',
        budget: '100',
        used: '80.5',
        left: '19.5',
        budgetType: 'MONTHLY',
        currency: 'USD',
        fetchedAt: NOW - 500,
      },
      fetchedAt: NOW - 1000,
      source: 'api',
    });
    expect(list.rows[1]?.money).toBeNull();
    expect(list.rows[1]).not.toHaveProperty('label');
  });

  it('answers an empty list without a partner account', async () => {
    const handlers = customerHandlers({ data: source({ activeScope: async () => null }), now: () => NOW });
    expect(await handlers['customers.list']({}, 'extension-page')).toEqual({
      scope: null,
      rows: [],
      fetchedAt: NOW,
      syncedAt: null,
    });
  });
});

describe('customers.card', () => {
  it('summarises trend, vouchers and expiring resources with the rules', async () => {
    const handlers = customerHandlers({ data: source(), now: () => NOW });
    const card = await handlers['customers.card']({ customerId: 'c1' }, 'extension-page');
    expect(card.trend).toEqual([
      { at: NOW - 2 * DAY, available: '90' },
      { at: NOW - DAY, available: '19.5' },
    ]);
    expect(card.vouchers).toMatchObject({ usableCount: 1, usableBalance: '20', expiringCount: 1, currency: 'USD' });
    expect(card.expiring?.within7).toEqual([]);
    expect(card.expiring?.within15.map((r) => r.resourceId)).toEqual(['r1']);
    expect(card.authorized).toBe('unknown');
  });

  it('fails for a customer that is not cached', async () => {
    const handlers = customerHandlers({ data: source(), now: () => NOW });
    await expect(handlers['customers.card']({ customerId: 'nope' }, 'extension-page')).rejects.toThrow();
  });
});
