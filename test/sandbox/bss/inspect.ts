/** Read-only views of the dataset for assertions and for the console stand-in (same data as the API). */
import { fenToString } from './money';
import type { Dataset, SandboxCustomer, Site } from './types';

export interface CustomerStateView {
  site: Site;
  customer: SandboxCustomer;
  /** China: available balance and arrears as decimal strings. */
  balance?: string;
  debt?: string;
  /** Intl: budget and use. */
  budget?: { amount: string; used: string; type: string; frozenOperateType: number };
  coupons: { couponId: string; status: number; faceValue: string; balance: string }[];
}

export function findCustomer(
  ds: Dataset,
  customerId: string,
  site?: Site,
): { site: Site; customer: SandboxCustomer } | null {
  for (const s of site ? [site] : (['cn', 'intl'] as const)) {
    const c = ds.sites[s].byId.get(customerId);
    if (c) return { site: s, customer: c };
  }
  return null;
}

export function customerState(ds: Dataset, customerId: string, site?: Site): CustomerStateView | null {
  const hit = findCustomer(ds, customerId, site);
  if (!hit) return null;
  const { customer: c } = hit;
  const view: CustomerStateView = {
    site: hit.site,
    customer: c,
    coupons: ds.sites[hit.site].coupons
      .filter((k) => k.customerId === customerId)
      .map((k) => ({
        couponId: k.couponId,
        status: k.status,
        faceValue: fenToString(k.faceFen),
        balance: fenToString(k.balanceFen),
      })),
  };
  if (hit.site === 'cn') {
    view.balance = fenToString(c.balanceFen);
    view.debt = fenToString(c.debtFen);
  } else if (c.budget) {
    view.budget = {
      amount: fenToString(c.budget.amountFen),
      used: fenToString(c.budget.usedFen),
      type: c.budget.type,
      frozenOperateType: c.budget.frozenOperateType,
    };
  }
  return view;
}
