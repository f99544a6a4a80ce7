/**
 * Live figures around a money action: who the customers are (cache first, then the API — never the page),
 * their money now, the partner's allocatable balance, usable voucher quotas. Also the refresh after an
 * applied operation, written to the cache so the popup, badge and page warnings see it at once.
 */
import type { BssClient } from '@/utils/api/client';
import { listCustomersBalances, listPartnerBalances } from '@/utils/api/endpoints/balances';
import { showSubCustomerBudget } from '@/utils/api/endpoints/budget';
import { listSubCustomers } from '@/utils/api/endpoints/customers';
import { type CouponQuota, listQuotaCoupons } from '@/utils/api/endpoints/vouchers';
import type { Db } from '@/utils/cache/db';
import { getCustomer, getMoneyState, putMoneyStates, upsertCustomersPage } from '@/utils/cache/repositories';
import type { Customer, DecimalString, MoneyState, PartnerScope } from '@/utils/domain';
import type { PreviewCustomer, PreviewMoney } from '@/utils/messages/money';

export interface KnownCustomer {
  customer: Customer;
  fromApi: boolean;
}

/** Customers by id from the cache, the rest from the API (exact id); unknown ids are left out. */
export async function lookupCustomers(db: Db, client: BssClient, scope: PartnerScope, ids: readonly string[]) {
  const found = new Map<string, KnownCustomer>();
  for (const id of ids) {
    const cached = await getCustomer(db, scope, id);
    if (cached) {
      found.set(id, { customer: cached, fromApi: false });
      continue;
    }
    const page = await listSubCustomers(client, { customerId: id, limit: 1 });
    const hit = page.items.find((c) => c.customerId === id);
    if (hit) found.set(id, { customer: hit, fromApi: true });
  }
  return found;
}

/** Money of reseller customers as the API reports it now. */
export async function liveMoney(client: BssClient, scope: PartnerScope, ids: readonly string[]): Promise<MoneyState[]> {
  if (ids.length === 0) return [];
  if (scope.site === 'cn') return listCustomersBalances(client, ids);
  const out: MoneyState[] = [];
  for (const id of ids) out.push(await showSubCustomerBudget(client, id));
  return out;
}

export function previewMoney(state: MoneyState | undefined, fetchedAt: number): PreviewMoney | null {
  if (!state) return null;
  return state.site === 'cn'
    ? { site: 'cn', balance: state.balance, debt: state.debt, fetchedAt }
    : { site: 'intl', budget: state.budget, used: state.used, budgetType: state.budgetType, fetchedAt };
}

export function previewCustomer(known: KnownCustomer, money: PreviewMoney | null): PreviewCustomer {
  const c = known.customer;
  return {
    customerId: c.customerId,
    name: c.name,
    accountName: c.accountName,
    associationType: c.associationType,
    frozen: c.frozen,
    money,
  };
}

export async function allocatable(client: BssClient): Promise<DecimalString | null> {
  return (await listPartnerBalances(client)).allocatable ?? null;
}

/** Quotas in status "normal" (0), the only ones that can issue (filtered here: the status filter's type is unclear). */
export async function usableQuotas(client: BssClient): Promise<CouponQuota[]> {
  return (await listQuotaCoupons(client, { limit: 100 })).items.filter((q) => q.status === '0');
}

/**
 * After an applied operation: fetch the customers' money (and, after an unfreeze, the customer record) and
 * store it, so every view shows the new figures. Returns the stored figures.
 */
export async function refreshCustomers(
  db: Db,
  client: BssClient,
  scope: PartnerScope,
  ids: readonly string[],
  options: { refetchCustomers: boolean; now: number },
): Promise<PreviewCustomer[]> {
  const prov = { fetchedAt: options.now, source: 'api' as const };
  const known = await lookupCustomers(db, client, scope, ids);
  if (options.refetchCustomers) {
    const fresh: Customer[] = [];
    for (const id of ids) {
      const hit = (await listSubCustomers(client, { customerId: id, limit: 1 })).items.find((c) => c.customerId === id);
      if (hit) fresh.push(hit);
    }
    await upsertCustomersPage(db, scope, fresh, prov);
    for (const c of fresh) known.set(c.customerId, { customer: c, fromApi: true });
  }
  const resellers = ids.filter((id) => known.get(id)?.customer.associationType === '2');
  const states = await liveMoney(client, scope, resellers);
  const frozen = (id: string) => known.get(id)?.customer.frozen;
  await putMoneyStates(
    db,
    scope,
    states.map((s) => ({ ...s, frozen: frozen(s.customerId) ?? 0 })),
    prov,
  );
  const out: PreviewCustomer[] = [];
  for (const id of ids) {
    const k = known.get(id);
    if (k) out.push(previewCustomer(k, previewMoney(await getMoneyState(db, scope, id), options.now)));
  }
  return out;
}
