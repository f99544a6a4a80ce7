/**
 * The content scripts' data source (services/page.ts) over the IndexedDB cache. API records live in the
 * active account's scope; figures read from pages live in a separate per-site "page" scope, so they can
 * never overwrite API data. A read picks the API record unless the page figure is newer.
 */
import type { Db } from '../cache/db';
import { putMoneyStates, upsertCustomersPage } from '../cache/repositories';
import type { CustomerRecord, MoneyStateRecord } from '../cache/schema';
import { scopedKey } from '../cache/scope';
import type { MoneyState, PartnerScope, Site } from '../domain';
import type { CachedCustomer, PageDataSource } from './page';

/** Not a real account id (those are 32 hex characters), so it cannot collide with an API scope. */
export const PAGE_PARTNER_ID = '~page';
export const pageScope = (site: Site): PartnerScope => ({ partnerId: PAGE_PARTNER_ID, site });

function moneyOf(m: MoneyStateRecord | undefined): MoneyState | null {
  if (!m) return null;
  // Only the figures: the record's scope and bookkeeping stay in the background.
  return m.site === 'cn'
    ? { site: 'cn', customerId: m.customerId, balance: m.balance, debt: m.debt, currency: m.currency }
    : {
        site: 'intl',
        customerId: m.customerId,
        budget: m.budget,
        used: m.used,
        budgetType: m.budgetType,
        currency: m.currency,
      };
}

function cachedOf(c: CustomerRecord, m: MoneyStateRecord | undefined): CachedCustomer {
  const customer: CachedCustomer['customer'] = { associationType: c.associationType, frozen: c.frozen };
  if (c.accountName) customer.accountName = c.accountName;
  if (c.level) customer.level = c.level;
  return { customerId: c.customerId, customer, money: moneyOf(m), fetchedAt: c.fetchedAt, source: c.source };
}

async function readMany(db: Db, scope: PartnerScope, ids: readonly string[]): Promise<Map<string, CachedCustomer>> {
  const tx = db.transaction(['customers', 'moneyStates']);
  const rows = await Promise.all(
    ids.map(async (id) => {
      const key = scopedKey(scope, id);
      const [c, m] = await Promise.all([tx.objectStore('customers').get(key), tx.objectStore('moneyStates').get(key)]);
      return c ? ([id, cachedOf(c, m)] as const) : null;
    }),
  );
  await tx.done;
  return new Map(rows.filter((r) => r !== null));
}

export function createCachePageSource(deps: {
  db: () => Promise<Db>;
  activeScope: () => Promise<PartnerScope | null>;
  partnerSyncedAt: (scope: PartnerScope) => Promise<number | null>;
}): PageDataSource {
  const apiScope = async (site: Site) => {
    const scope = await deps.activeScope();
    return scope?.site === site ? scope : null;
  };
  return {
    async customers(site, ids) {
      const db = await deps.db();
      const scope = await apiScope(site);
      const [api, page] = await Promise.all([
        scope ? readMany(db, scope, ids) : new Map<string, CachedCustomer>(),
        readMany(db, pageScope(site), ids),
      ]);
      const out = new Map(api);
      for (const [id, p] of page) {
        const a = api.get(id);
        // A newer page figure brings money and state; who the customer is (account name, level) stays the API's
        // where the page did not say.
        if (!a) out.set(id, p);
        else if (p.fetchedAt > a.fetchedAt) out.set(id, { ...p, customer: { ...a.customer, ...p.customer } });
      }
      return out;
    },
    async partnerFetchedAt(site) {
      const scope = await apiScope(site);
      return scope ? deps.partnerSyncedAt(scope) : null;
    },
    async storePageFigures(site, rows) {
      const db = await deps.db();
      const scope = await apiScope(site);
      const api = scope
        ? await readMany(
            db,
            scope,
            rows.map((r) => r.customerId),
          )
        : new Map<string, CachedCustomer>();
      const kept = rows.filter((r) => (api.get(r.customerId)?.fetchedAt ?? -1) < r.fetchedAt);
      const byTime = new Map<number, CachedCustomer[]>();
      for (const r of kept) byTime.set(r.fetchedAt, [...(byTime.get(r.fetchedAt) ?? []), r]);
      for (const [fetchedAt, group] of byTime) {
        const prov = { fetchedAt, source: 'page' as const };
        const customers = group.map((r) => ({
          customerId: r.customerId,
          accountName: r.customer.accountName ?? '',
          name: '',
          associationType: r.customer.associationType,
          frozen: r.customer.frozen,
          ...(r.customer.level ? { level: r.customer.level } : {}),
        }));
        await upsertCustomersPage(db, pageScope(site), customers, prov);
        const money = group.flatMap((r) => (r.money ? [{ ...r.money, frozen: r.customer.frozen }] : []));
        if (money.length > 0) await putMoneyStates(db, pageScope(site), money, prov);
      }
      return kept.length;
    },
  };
}
