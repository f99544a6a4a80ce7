/** Customers' money state (China balance/debt, intl budget/used, frozen) and a short trend per customer. */
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import type { MoneyHistoryRecord, MoneyPoint, MoneyStateInput, MoneyStateRecord } from '../schema';
import { type BatchProvenance, scopedKey, scopeRange, stamp } from '../scope';
import { allOrNothing } from '../tx';

/** Points kept per customer; enough for a month of daily changes in a sparkline. */
export const MONEY_HISTORY_CAP = 30;

function toPoint(state: MoneyStateInput, at: number): MoneyPoint {
  const base = state.frozen === undefined ? { at } : { at, frozen: state.frozen };
  return state.site === 'cn'
    ? { ...base, site: 'cn', balance: state.balance, debt: state.debt }
    : { ...base, site: 'intl', budget: state.budget, used: state.used, budgetType: state.budgetType };
}

/** Same figures as the last point? Time is ignored: only changes are worth a point. */
function samePoint(a: MoneyPoint, b: MoneyPoint): boolean {
  const { at: _a, ...restA } = a;
  const { at: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** Appends `point` unless it repeats the latest one; keeps the newest MONEY_HISTORY_CAP points. */
export function appendPoint(points: readonly MoneyPoint[], point: MoneyPoint): MoneyPoint[] | null {
  const last = points.at(-1);
  if (last && samePoint(last, point)) return null;
  return [...points, point].slice(-MONEY_HISTORY_CAP);
}

/** Stores money states and extends their trends in one transaction. */
export async function putMoneyStates(
  db: Db,
  scope: PartnerScope,
  states: readonly MoneyStateInput[],
  prov: BatchProvenance,
): Promise<void> {
  // A China balance filed under an intl scope would be shown with the wrong money model.
  const wrong = states.find((s) => s.site !== scope.site);
  if (wrong) throw new Error(`Money state for site ${wrong.site} written to a ${scope.site} scope`);
  const tx = db.transaction(['moneyStates', 'moneyHistory'], 'readwrite', { durability: 'relaxed' });
  const history = tx.objectStore('moneyHistory');
  const writes = states.map(async (state) => {
    await tx.objectStore('moneyStates').put(stamp(scope, state, prov));
    const key = scopedKey(scope, state.customerId);
    const previous = (await history.get(key))?.points ?? [];
    const points = appendPoint(previous, toPoint(state, prov.fetchedAt));
    if (points)
      await history.put({ partnerId: scope.partnerId, site: scope.site, customerId: state.customerId, points });
  });
  await allOrNothing(tx, writes);
}

export function getMoneyState(db: Db, scope: PartnerScope, customerId: string): Promise<MoneyStateRecord | undefined> {
  return db.get('moneyStates', scopedKey(scope, customerId));
}

/** All money states of the scope (for recomputing statuses and the badge). */
export function loadMoneyStates(db: Db, scope: PartnerScope): Promise<MoneyStateRecord[]> {
  return db.getAll('moneyStates', scopeRange(scope));
}

export async function getMoneyHistory(db: Db, scope: PartnerScope, customerId: string): Promise<MoneyPoint[]> {
  const record: MoneyHistoryRecord | undefined = await db.get('moneyHistory', scopedKey(scope, customerId));
  return record?.points ?? [];
}
