/** Re-derives every customer's status from cached money (after the user changed a low-balance threshold). */
import type { Db } from '../cache/db';
import { loadCustomers, loadMoneyStates, setCustomerStatuses } from '../cache/repositories';
import type { CustomerStatus, PartnerScope } from '../domain';
import { assessCustomer, type StatusSettings } from '../rules/status';

export async function recomputeStatuses(db: Db, scope: PartnerScope, settings: StatusSettings): Promise<number> {
  const [customers, money] = await Promise.all([loadCustomers(db, scope), loadMoneyStates(db, scope)]);
  const moneyById = new Map(money.map((m) => [m.customerId, m]));
  const statuses = new Map<string, CustomerStatus>();
  for (const c of customers) {
    statuses.set(
      c.customerId,
      assessCustomer({ customer: c, money: moneyById.get(c.customerId) ?? null }, settings).status,
    );
  }
  return setCustomerStatuses(db, scope, statuses);
}
