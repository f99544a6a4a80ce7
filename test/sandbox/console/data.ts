/**
 * What the Partner Center stand-in shows, drawn from the BSS sandbox's dataset so page and API agree.
 * The SPA fetches these JSON views from /obmgr/__data/*; money goes out as decimal strings of the fen values.
 */
import { fenToString } from '../bss/money';
import type { SandboxCustomer, SiteDataset } from '../bss/types';

export interface CustomerView {
  customerId: string;
  accountName: string;
  name: string;
  associationType: '1' | '2';
  level: string;
  frozen: 0 | 1 | 2;
  /** Order-on-behalf authorisation (申请客户授权 approved): not in the dataset, derived so tests can predict it. */
  authorized: boolean;
  associatedOn: string;
  label: string;
  accountManager: string;
  /** China reseller customers only; null where the partner cannot see money (referral). */
  balance: string | null;
  debt: string | null;
  /** Intl reseller customers only. */
  budget: { amount: string; used: string; type: string } | null;
}

/** Every fourth reseller has not granted (or the partner has not requested) authorisation. */
export function isAuthorized(c: SandboxCustomer): boolean {
  return c.associationType === '2' && c.index % 4 !== 3;
}

export function customerView(data: SiteDataset, c: SandboxCustomer): CustomerView {
  const reseller = c.associationType === '2';
  const cn = data.site === 'cn';
  return {
    customerId: c.customerId,
    accountName: c.accountName,
    name: c.name,
    associationType: c.associationType,
    level: c.level,
    frozen: c.frozen,
    authorized: isAuthorized(c),
    associatedOn: c.associatedOn,
    label: c.label,
    accountManager: c.accountManager,
    balance: reseller && cn ? fenToString(c.balanceFen) : null,
    debt: reseller && cn ? fenToString(c.debtFen) : null,
    budget:
      reseller && !cn && c.budget
        ? { amount: fenToString(c.budget.amountFen), used: fenToString(c.budget.usedFen), type: c.budget.type }
        : null,
  };
}

export type SortKey = 'associatedOn' | 'money' | 'accountName';
export interface ListQuery {
  offset: number;
  limit: number;
  sort: SortKey;
  order: 'asc' | 'desc';
}

/** Referral customers (no visible money) sort after every reseller whatever the direction, as "--" cells do. */
function moneyKey(data: SiteDataset, c: SandboxCustomer): number | null {
  if (c.associationType !== '2') return null;
  if (data.site === 'cn') return c.balanceFen;
  return c.budget ? c.budget.amountFen - c.budget.usedFen : null;
}

export function listCustomers(data: SiteDataset, q: ListQuery): { total: number; rows: CustomerView[] } {
  const dir = q.order === 'asc' ? 1 : -1;
  const sorted = [...data.customers].sort((a, b) => {
    if (q.sort === 'money') {
      const ka = moneyKey(data, a);
      const kb = moneyKey(data, b);
      if (ka === null || kb === null) return ka === kb ? a.index - b.index : ka === null ? 1 : -1;
      return (ka - kb) * dir || a.index - b.index;
    }
    const ka = q.sort === 'accountName' ? a.accountName : a.associatedOn;
    const kb = q.sort === 'accountName' ? b.accountName : b.associatedOn;
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * dir || a.index - b.index;
  });
  return {
    total: sorted.length,
    rows: sorted.slice(q.offset, q.offset + q.limit).map((c) => customerView(data, c)),
  };
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const int = (name: string, fallback: number, max: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
  };
  const sort = params.get('sort');
  return {
    offset: int('offset', 0, 1_000_000),
    limit: int('limit', 10, 1000) || 10,
    sort: sort === 'money' || sort === 'accountName' ? sort : 'associatedOn',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };
}

export interface CouponView {
  couponId: string;
  customerId: string;
  accountName: string;
  couponType: number;
  status: number;
  faceValue: string;
  balance: string;
  expireTime: string;
}

export function listCoupons(data: SiteDataset, offset: number, limit: number) {
  const rows: CouponView[] = data.coupons.slice(offset, offset + limit).map((c) => ({
    couponId: c.couponId,
    customerId: c.customerId,
    accountName: data.byId.get(c.customerId)?.accountName ?? '',
    couponType: c.couponType,
    status: c.status,
    faceValue: fenToString(c.faceFen),
    balance: fenToString(c.balanceFen),
    expireTime: c.expireTime,
  }));
  return { total: data.coupons.length, rows };
}

export function listOrders(data: SiteDataset, offset: number, limit: number) {
  const rows = data.orders.slice(offset, offset + limit).map((o) => ({
    orderId: o.orderId,
    customerId: o.customerId,
    accountName: data.byId.get(o.customerId)?.accountName ?? '',
    serviceTypeName: o.serviceTypeName,
    status: o.status,
    amount: fenToString(o.afterDiscountFen),
    createTime: o.createTime,
  }));
  return { total: data.orders.length, rows };
}
