/**
 * The persisted journal of money operations (IndexedDB store `moneyOps`). Every write that matters for
 * exactly-once is a strict-durability read-check-write in ONE transaction: IndexedDB runs overlapping readwrite
 * transactions one after another, so two popups, a double click or two workers cannot both take a lock or both
 * move a record out of the same state.
 */
import type { Db } from '@/utils/cache/db';
import type { PartnerScope } from '@/utils/domain';
import { isTerminal, lockKeys, type MoneyOperation, type OpState, transition } from './model';

export type CreateResult =
  | { created: true; op: MoneyOperation }
  /** The same operation id was already written (a repeated message): join it. */
  | { created: false; reason: 'exists'; op: MoneyOperation }
  /** Another open operation holds a lock this one needs. */
  | { created: false; reason: 'busy'; op: MoneyOperation };

/** Writes a new 'pending' operation unless its id exists or one of its locks is held. */
export async function createOperation(
  db: Db,
  input: Omit<MoneyOperation, 'state' | 'activeLocks'>,
): Promise<CreateResult> {
  const tx = db.transaction('moneyOps', 'readwrite', { durability: 'strict' });
  const store = tx.store;
  const existing = await store.get(input.operationId);
  if (existing) {
    await tx.done;
    return { created: false, reason: 'exists', op: existing };
  }
  const op: MoneyOperation = { ...input, state: 'pending', activeLocks: lockKeys(input) };
  for (const key of op.activeLocks ?? []) {
    const holderKey = await store.index('byActiveLock').getKey(key);
    const holder = holderKey === undefined ? undefined : await store.get(holderKey);
    if (holder) {
      await tx.done;
      return { created: false, reason: 'busy', op: holder };
    }
  }
  await store.add(op);
  await tx.done;
  return { created: true, op };
}

export type TransitionResult = { ok: true; op: MoneyOperation } | { ok: false; op: MoneyOperation | undefined };

/**
 * Moves `operationId` from `from` to `to` only if it is still in `from` (compare-and-set). A worker that was
 * presumed dead and answers late therefore cannot overwrite what reconciliation decided.
 */
export async function transitionOperation(
  db: Db,
  operationId: string,
  from: OpState,
  to: OpState,
  patch: Partial<MoneyOperation>,
  at: number,
): Promise<TransitionResult> {
  const tx = db.transaction('moneyOps', 'readwrite', { durability: 'strict' });
  const current = await tx.store.get(operationId);
  if (!current || current.state !== from) {
    await tx.done;
    return { ok: false, op: current };
  }
  const next = transition(current, to, patch, at);
  await tx.store.put(next);
  await tx.done;
  return { ok: true, op: next };
}

/** Updates fields of a record without changing its state (e.g. a reconciliation attempt that decided nothing). */
export async function patchOperation(
  db: Db,
  operationId: string,
  state: OpState,
  patch: Partial<Omit<MoneyOperation, 'state' | 'operationId'>>,
): Promise<MoneyOperation | undefined> {
  const tx = db.transaction('moneyOps', 'readwrite', { durability: 'strict' });
  const current = await tx.store.get(operationId);
  if (!current || current.state !== state) {
    await tx.done;
    return current;
  }
  const next = { ...current, ...patch };
  await tx.store.put(next);
  await tx.done;
  return next;
}

export function getOperation(db: Db, operationId: string): Promise<MoneyOperation | undefined> {
  return db.get('moneyOps', operationId);
}

/** Every operation that is not finished (pending, sending, unknown), of all scopes, oldest first. */
export async function openOperations(db: Db): Promise<MoneyOperation[]> {
  const rows = await db.getAllFromIndex('moneyOps', 'byActiveLock');
  const unique = new Map(rows.filter((r) => !isTerminal(r.state)).map((r) => [r.operationId, r]));
  return [...unique.values()].sort((a, b) => a.createdAt - b.createdAt);
}

/** The scope's operations created at or after `since`, newest first (history, reconciliation exclusions). */
export async function operationsSince(
  db: Db,
  scope: PartnerScope,
  since = 0,
  limit?: number,
): Promise<MoneyOperation[]> {
  const range = IDBKeyRange.bound([scope.partnerId, scope.site, since], [scope.partnerId, scope.site, Infinity]);
  const rows = await db.getAllFromIndex('moneyOps', 'byScopeCreated', range);
  rows.reverse();
  return limit === undefined ? rows : rows.slice(0, limit);
}
