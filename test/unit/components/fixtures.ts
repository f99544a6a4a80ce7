/** Customer rows and cards for the component tests. */
import type { CustomerCard, CustomerRow } from '@/utils/messages/customers';

export const NOW = Date.UTC(2025, 2, 1, 12, 0, 0);

export function cnRow(more: Partial<CustomerRow> = {}): CustomerRow {
  return {
    customerId: '0123456789abcdef0123456789abcdef',
    name: '杭州云栖科技有限公司',
    accountName: 'hz_yunqi',
    associationType: '2',
    frozen: 0,
    status: 'ok',
    money: { site: 'cn', balance: '1234.5', debt: '0', currency: 'CNY', fetchedAt: NOW - 5 * 60_000 },
    fetchedAt: NOW - 5 * 60_000,
    source: 'api',
    ...more,
  };
}

export function intlRow(more: Partial<CustomerRow> = {}): CustomerRow {
  return cnRow({
    customerId: 'fedcba9876543210fedcba9876543210',
    name: 'Acme Cloud Ltd.',
    accountName: 'acme',
    money: {
      site: 'intl',
      budget: '500',
      used: '120.25',
      left: '379.75',
      budgetType: 'MONTHLY',
      currency: 'USD',
      fetchedAt: NOW - 2 * 3_600_000,
    },
    ...more,
  });
}

export function card(row: CustomerRow, more: Partial<CustomerCard> = {}): CustomerCard {
  return {
    scope: { partnerId: 'p1', site: row.money?.site ?? 'cn' },
    row,
    trend: [
      { at: NOW - 3 * 86_400_000, available: '2000' },
      { at: NOW - 2 * 86_400_000, available: '1500' },
      { at: NOW - 86_400_000, available: '1234.5' },
    ],
    vouchers: {
      usableCount: 2,
      usableBalance: '300',
      expiringCount: 1,
      expiringBalance: '100',
      expiringDays: 7,
      currency: 'CNY',
    },
    expiring: {
      within7: [
        {
          resourceId: 'r1',
          name: 'ecs-web-01',
          serviceTypeCode: 'hws.service.type.ec2',
          billing: 'subscription',
          expireTime: '2025-03-04T00:00:00Z',
        },
      ],
      within15: [],
      within30: [],
    },
    authorized: true,
    syncedAt: NOW - 10 * 60_000,
    ...more,
  };
}
