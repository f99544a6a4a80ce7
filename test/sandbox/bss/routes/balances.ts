/** ListCustomersBalancesDetail and ListPartnerBalances (China only). */
import { fenToNumber } from '../money';
import { CN, type Route } from '../route';
import type { PartnerAccountBalance, SiteDataset } from '../types';

/** The type-8 (allocatable) row; allocations must stay within amount − designated_amount. */
export function allocatableRow(data: SiteDataset): PartnerAccountBalance | undefined {
  return data.partnerBalances.find((b) => b.accountType === 8);
}

export const balanceRoutes: Route[] = [
  {
    operation: 'ListCustomersBalancesDetail',
    method: 'POST',
    path: '/v2/accounts/customer-accounts/balances/batch-query',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const infos = p.objects('customer_infos', { min: 1, max: 100 });
      const ids = infos.map((i) => i.reqStr('customer_id', 64));
      // Referral customers and unknown ids are filtered out silently, as documented.
      const balances = ids.flatMap((id) => {
        const c = data.byId.get(id);
        if (c?.associationType !== '2') return [];
        return [
          {
            customer_id: c.customerId,
            amount: fenToNumber(c.balanceFen),
            debt_amount: fenToNumber(c.debtFen),
            currency: data.currency,
            measure_id: 1,
          },
        ];
      });
      return { body: { customer_balances: balances } };
    },
  },
  {
    operation: 'ListPartnerBalances',
    method: 'GET',
    path: '/v2/accounts/partner-accounts/balances',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      return {
        body: {
          account_balances: data.partnerBalances.map((b) => ({
            account_id: b.accountId,
            account_type: b.accountType,
            amount: fenToNumber(b.amountFen),
            currency: data.currency,
            designated_amount: fenToNumber(b.designatedFen),
            credit_amount: fenToNumber(b.creditFen),
            measure_id: 1,
            memo: b.memo,
          })),
        },
      };
    },
  },
];
