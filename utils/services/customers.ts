/**
 * Background handlers for the popup's list and card. They depend on a small data-source interface, not on the
 * cache module, so the composition root wires them to the real repositories (and tests to fakes).
 */
import type {
  AssociationType,
  BudgetType,
  Currency,
  Customer,
  CustomerStatus,
  DataSource,
  DecimalString,
  ExpiringResource,
  MoneyState,
  PartnerScope,
  Voucher,
} from '../domain';
import type { CustomerCard, CustomerRow, MoneySummary, MoneyTrendPoint, ResourceBrief } from '../messages/customers';
import type { Handlers } from '../router';
import { bucketByExpiry } from '../rules/expiry';
import { currencyOfSite } from '../rules/money-display';
import { availableMoney } from '../rules/status';
import { summarizeVouchers } from '../rules/vouchers';

/** A cached customer as the cache stores it (CustomerRecord fits). */
export type StoredCustomer = Customer & { status: CustomerStatus; fetchedAt: number; source: DataSource };
/** A cached money state (MoneyStateRecord fits). */
export type StoredMoney = MoneyState & { fetchedAt: number };
/** A point of the money history (MoneyPoint fits). */
export type StoredMoneyPoint = { at: number } & (
  | { site: 'cn'; balance: DecimalString; debt: DecimalString }
  | { site: 'intl'; budget: DecimalString; used: DecimalString; budgetType?: BudgetType }
);

export interface CustomerDataSource {
  /** The active partner account's scope; null when none is configured (or known). */
  activeScope(): Promise<PartnerScope | null>;
  customers(scope: PartnerScope): Promise<StoredCustomer[]>;
  moneyStates(scope: PartnerScope): Promise<StoredMoney[]>;
  customer(scope: PartnerScope, customerId: string): Promise<StoredCustomer | undefined>;
  moneyState(scope: PartnerScope, customerId: string): Promise<StoredMoney | undefined>;
  moneyHistory(scope: PartnerScope, customerId: string): Promise<StoredMoneyPoint[]>;
  vouchers(scope: PartnerScope, customerId: string): Promise<Voucher[]>;
  resources(scope: PartnerScope, customerId: string): Promise<ExpiringResource[]>;
  /** End of the last successful full sync of the scope. */
  syncedAt(scope: PartnerScope): Promise<number | null>;
  /** Order-on-behalf authorisation, when something knows it. */
  authorized?(scope: PartnerScope, customerId: string): Promise<boolean | 'unknown'>;
}

type CustomerHandlerTypes = 'customers.list' | 'customers.card';

export function customerHandlers(deps: {
  data: CustomerDataSource;
  now?: () => number;
}): Required<Pick<Handlers, CustomerHandlerTypes>> {
  const now = deps.now ?? Date.now;
  const { data } = deps;
  return {
    'customers.list': async () => {
      const scope = await data.activeScope();
      if (!scope) return { scope: null, rows: [], fetchedAt: now(), syncedAt: null };
      const [customers, money, syncedAt] = await Promise.all([
        data.customers(scope),
        data.moneyStates(scope),
        data.syncedAt(scope),
      ]);
      const moneyById = new Map(money.map((m) => [m.customerId, m]));
      const rows = customers.map((c) => toRow(c, moneyById.get(c.customerId)));
      return { scope, rows, fetchedAt: now(), syncedAt };
    },
    'customers.card': async ({ customerId }) => {
      const scope = await data.activeScope();
      if (!scope) throw new Error('No partner account is selected');
      const customer = await data.customer(scope, customerId);
      if (!customer) throw new Error('No such customer in the cache');
      const [money, history, vouchers, resources, syncedAt, authorized] = await Promise.all([
        data.moneyState(scope, customerId),
        data.moneyHistory(scope, customerId),
        data.vouchers(scope, customerId),
        data.resources(scope, customerId),
        data.syncedAt(scope),
        data.authorized ? data.authorized(scope, customerId) : Promise.resolve<'unknown'>('unknown'),
      ]);
      return cardOf(scope, toRow(customer, money), history, vouchers, resources, syncedAt, authorized, now());
    },
  };
}

export function toRow(c: StoredCustomer, money: StoredMoney | undefined): CustomerRow {
  const row: CustomerRow = {
    customerId: c.customerId,
    name: c.name,
    accountName: c.accountName,
    associationType: c.associationType as AssociationType,
    frozen: c.frozen,
    status: c.status,
    money: money ? summaryOf(money) : null,
    fetchedAt: c.fetchedAt,
    source: c.source,
  };
  if (c.label) row.label = c.label;
  if (c.level) row.level = c.level;
  return row;
}

function summaryOf(m: StoredMoney): MoneySummary | null {
  if (m.site === 'cn') {
    return { site: 'cn', balance: m.balance, debt: m.debt, currency: m.currency, fetchedAt: m.fetchedAt };
  }
  const left = availableMoney(m);
  if (left === null) return null;
  const { budget, used, budgetType, currency, fetchedAt } = m;
  return { site: 'intl', budget, used, left, budgetType, currency, fetchedAt };
}

function cardOf(
  scope: PartnerScope,
  row: CustomerRow,
  history: StoredMoneyPoint[],
  vouchers: Voucher[],
  resources: ExpiringResource[],
  syncedAt: number | null,
  authorized: boolean | 'unknown',
  now: number,
): CustomerCard {
  const currency: Currency = row.money?.currency ?? currencyOfSite(scope.site);
  const coupons = vouchers.map((v) => ({ ...v, isFrozen: v.frozen ?? false }));
  const buckets = bucketByExpiry(resources, now);
  const brief = (list: ExpiringResource[]): ResourceBrief[] =>
    list.map(({ resourceId, name, serviceTypeCode, billing, expireTime }) => ({
      resourceId,
      name,
      serviceTypeCode,
      billing,
      expireTime,
    }));
  return {
    scope,
    row,
    trend: history.flatMap((p) => trendPoint(p, row.customerId, currency)),
    vouchers: { ...summarizeVouchers(coupons, now, 7), currency },
    expiring: { within7: brief(buckets.within7), within15: brief(buckets.within15), within30: brief(buckets.within30) },
    authorized,
    syncedAt,
  };
}

function trendPoint(p: StoredMoneyPoint, customerId: string, currency: Currency): MoneyTrendPoint[] {
  const state: MoneyState =
    p.site === 'cn'
      ? { site: 'cn', customerId, balance: p.balance, debt: p.debt, currency }
      : { site: 'intl', customerId, budget: p.budget, used: p.used, budgetType: p.budgetType ?? 'MONTHLY', currency };
  const available = availableMoney(state);
  return available === null ? [] : [{ at: p.at, available }];
}
