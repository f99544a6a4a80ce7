/**
 * Background handlers for the page.* messages. They sit over a small data-source interface so the lead can plug
 * in the IndexedDB cache; `createMemoryPageSource` is a working page-only source (figures the pages reported).
 * Status is decided here with the same rules the content scripts use (utils/rules/status.ts).
 */
import type { Currency, Customer, CustomerLevel, DataSource, FrozenState, MoneyState, Site } from '../domain';
import type { CustomerStates, CustomerStateView, PageAction, ReportedFigures } from '../messages/page';
import type { Handlers } from '../router';
import { currencyOfSite } from '../rules/money-display';
import { assessCustomer, type StatusSettings } from '../rules/status';

/** One cached customer as the data source knows it; money null = unknown or not visible (referral). */
export interface CachedCustomer {
  customerId: string;
  customer: Partial<Pick<Customer, 'accountName' | 'level'>> & Pick<Customer, 'associationType' | 'frozen'>;
  money: MoneyState | null;
  fetchedAt: number;
  source: DataSource;
}

export interface PageDataSource {
  /** Cached records of these customers (missing ids are simply absent). */
  customers(site: Site, ids: readonly string[]): Promise<Map<string, CachedCustomer>>;
  /** When the customer list was last synced from the API; null without API data. */
  partnerFetchedAt(site: Site): Promise<number | null>;
  /** Stores page figures with source 'page'; must not replace a fresher 'api' record. Returns how many were kept. */
  storePageFigures(site: Site, rows: readonly CachedCustomer[]): Promise<number>;
}

export interface PageServiceDeps {
  source: PageDataSource;
  /** Low-balance thresholds of the site (from settings). */
  statusSettings(site: Site): Promise<StatusSettings>;
  /** Opens the extension page for an action; false when there is none to open. */
  openAction(action: PageAction, site: Site, customerId: string | undefined): Promise<boolean>;
  now?: () => number;
}

type PageHandlers = Required<Pick<Handlers, 'page.customerStates' | 'page.reportFigures' | 'page.openAction'>>;

export function pageHandlers(deps: PageServiceDeps): PageHandlers {
  const now = deps.now ?? Date.now;
  return {
    'page.customerStates': async ({ site, customerIds }): Promise<CustomerStates> => {
      const [records, partnerFetchedAt, settings] = await Promise.all([
        deps.source.customers(site, customerIds),
        deps.source.partnerFetchedAt(site),
        deps.statusSettings(site),
      ]);
      const states: Record<string, CustomerStateView> = {};
      for (const [id, record] of records) states[id] = toView(record, settings);
      return { states, partnerFetchedAt };
    },
    'page.reportFigures': async ({ site, rows }) => {
      const at = now();
      const records = rows.flatMap((row) => {
        const record = fromFigures(site, row, at);
        return record ? [record] : [];
      });
      return { stored: await deps.source.storePageFigures(site, records) };
    },
    'page.openAction': async ({ site, action, customerId }) => ({
      opened: await deps.openAction(action, site, customerId),
    }),
  };
}

export function toView(record: CachedCustomer, settings: StatusSettings): CustomerStateView {
  const { customer, money } = record;
  const status = assessCustomer({ customer, money }, settings).status;
  const view: CustomerStateView = {
    status,
    associationType: customer.associationType,
    frozen: customer.frozen,
    money: customer.associationType === '1' ? null : money,
    fetchedAt: record.fetchedAt,
    source: record.source,
  };
  if (customer.level) view.level = customer.level;
  if (customer.accountName) view.accountName = customer.accountName;
  return view;
}

/** A reported row becomes a record only when it says what kind of customer it is. */
export function fromFigures(site: Site, row: ReportedFigures, fetchedAt: number): CachedCustomer | null {
  if (!row.associationType) return null;
  const currency: Currency = currencyOfSite(site);
  const customer: CachedCustomer['customer'] = {
    associationType: row.associationType,
    frozen: (row.frozen ?? 0) as FrozenState,
    ...(row.level ? { level: row.level as CustomerLevel } : {}),
  };
  let money: MoneyState | null = null;
  if (site === 'cn' && row.balance !== undefined) {
    money = { site, customerId: row.customerId, balance: row.balance, debt: '0', currency };
  } else if (site === 'intl' && row.budget !== undefined && row.used !== undefined) {
    // The list does not show the budget type; MONTHLY is a placeholder that no status rule reads.
    money = { site, customerId: row.customerId, budget: row.budget, used: row.used, budgetType: 'MONTHLY', currency };
  }
  return { customerId: row.customerId, customer, money, fetchedAt, source: 'page' };
}

/** In-memory source: page figures only, kept for the worker's lifetime. API records can be seeded via `put`. */
export function createMemoryPageSource() {
  const records = new Map<string, CachedCustomer>();
  const key = (site: Site, id: string) => `${site}|${id}`;
  const source: PageDataSource & { put(site: Site, record: CachedCustomer): void } = {
    async customers(site, ids) {
      const out = new Map<string, CachedCustomer>();
      for (const id of ids) {
        const r = records.get(key(site, id));
        if (r) out.set(id, r);
      }
      return out;
    },
    async partnerFetchedAt(site) {
      let latest: number | null = null;
      for (const [k, r] of records) {
        if (k.startsWith(`${site}|`) && r.source === 'api') latest = Math.max(latest ?? 0, r.fetchedAt);
      }
      return latest;
    },
    async storePageFigures(site, rows) {
      let kept = 0;
      for (const row of rows) {
        const id = row.customerId;
        const existing = records.get(key(site, id));
        // API data wins unless the page figure is newer (the page is what the partner sees right now).
        if (existing?.source === 'api' && existing.fetchedAt >= row.fetchedAt) continue;
        records.set(key(site, id), row);
        kept++;
      }
      return kept;
    },
    put(site, record) {
      records.set(key(site, record.customerId), record);
    },
  };
  return source;
}
