import type { Customer, PartnerScope } from '@/utils/domain';

export const SCOPE: PartnerScope = { partnerId: 'partner-a', site: 'cn' };
export const OTHER_PARTNER: PartnerScope = { partnerId: 'partner-b', site: 'cn' };
export const OTHER_SITE: PartnerScope = { partnerId: 'partner-a', site: 'intl' };
export const PROV = { fetchedAt: 1_700_000_000_000, source: 'api' as const };

/** Customer n with a 32-hex id, a mixed Chinese/English name and a label on two of three. */
export function customer(n: number, overrides: Partial<Customer> = {}): Customer {
  const base: Customer = {
    customerId: n.toString(16).padStart(32, '0'),
    accountName: `acct_${n}`,
    name: n % 2 ? `客户${(n * 7919) % 100_000}` : `Customer ${(n * 7919) % 100_000}`,
    associationType: n % 5 === 0 ? '1' : '2',
    frozen: 0,
  };
  if (n % 3) base.label = `L${n % 10}`;
  return { ...base, ...overrides };
}
