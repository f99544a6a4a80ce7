/** The popup's data source (services/customers.ts) over the IndexedDB cache of the active partner account. */
import type { Db } from '../cache/db';
import {
  getCustomer,
  getMoneyHistory,
  getMoneyState,
  loadCustomers,
  loadMoneyStates,
  resourcesForCustomer,
  vouchersForCustomer,
} from '../cache/repositories';
import type { PartnerScope } from '../domain';
import type { CustomerDataSource } from './customers';

export function createCacheCustomerSource(deps: {
  db: () => Promise<Db>;
  activeScope: () => Promise<PartnerScope | null>;
  /** When the scope's last complete customer pass ended. */
  syncedAt: (scope: PartnerScope) => Promise<number | null>;
}): CustomerDataSource {
  const { db } = deps;
  return {
    activeScope: deps.activeScope,
    customers: async (scope) => loadCustomers(await db(), scope),
    moneyStates: async (scope) => loadMoneyStates(await db(), scope),
    customer: async (scope, id) => getCustomer(await db(), scope, id),
    moneyState: async (scope, id) => getMoneyState(await db(), scope, id),
    moneyHistory: async (scope, id) => getMoneyHistory(await db(), scope, id),
    vouchers: async (scope, id) => vouchersForCustomer(await db(), scope, id),
    resources: async (scope, id) => resourcesForCustomer(await db(), scope, id),
    syncedAt: deps.syncedAt,
  };
}
