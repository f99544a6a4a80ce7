/** A stored operation as the UI sees it: no lock keys, no partner scope internals; names from the cache. */
import type { Db } from '@/utils/cache/db';
import { getCustomer } from '@/utils/cache/repositories';
import type { MoneyOpView } from '@/utils/messages/money';
import { currencyOfSite } from '@/utils/rules/money-display';
import type { MoneyOperation } from './model';

export async function toView(db: Db, op: MoneyOperation): Promise<MoneyOpView> {
  const customers = await Promise.all(
    op.results.map(async (r) => {
      const name = (await getCustomer(db, op, r.customerId))?.name ?? '';
      return { ...r, name };
    }),
  );
  const view: MoneyOpView = {
    operationId: op.operationId,
    kind: op.kind,
    site: op.site,
    amount: op.amount,
    currency: currencyOfSite(op.site),
    state: op.state,
    customers,
    createdAt: op.createdAt,
    actor: op.actor,
  };
  if (op.sentAt !== undefined) view.sentAt = op.sentAt;
  if (op.finishedAt !== undefined) view.finishedAt = op.finishedAt;
  if (op.error) view.error = op.error;
  if (op.reconcile) view.reconcile = op.reconcile;
  if (op.retryOf) view.retryOf = op.retryOf;
  if (op.budget) {
    view.budgetType = op.budget.budgetType;
    view.unfreeze = op.budget.unfreeze;
  }
  if (op.voucher) view.quotaId = op.voucher.quotaId;
  return view;
}
