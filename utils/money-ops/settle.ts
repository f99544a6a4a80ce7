/**
 * One reconciliation attempt with its bookkeeping: query the trail, then either record the verdict
 * (unknown → reconciled-done / reconciled-not-done, compare-and-set) or keep 'unknown' with what was learnt.
 */
import type { BssClient } from '@/utils/api/client';
import type { Db } from '@/utils/cache/db';
import { ADJUST_TYPE, matchTrail, ownedTransactionIds, reconcileWindow, type SettlePolicy } from './match';
import type { MoneyOperation, ReconcileInfo } from './model';
import { type ReconcileOutcome, reconcileOperation, trail } from './reconcile';
import { operationsSince, patchOperation, transitionOperation } from './store';

export interface SettleOptions {
  now: () => number;
  settle: SettlePolicy;
  marginMs: number;
  pollDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** Earlier operations whose proven transaction ids cannot prove this one: a day before the window is plenty. */
const LOOKBACK_MS = 86_400_000;

function infoOf(outcome: ReconcileOutcome, at: number): ReconcileInfo {
  const info: ReconcileInfo = { checkedAt: at, polls: outcome.polls };
  if (outcome.ambiguous.length) {
    info.ambiguous = outcome.ambiguous.map((c) => ({
      transactionId: c.transactionId,
      amount: c.amount,
      time: c.time ?? '',
    }));
  }
  return info;
}

/** Returns the stored operation after the attempt, and whether this attempt proved it applied. */
export async function settleUnknown(
  db: Db,
  client: BssClient,
  op: MoneyOperation,
  o: SettleOptions,
): Promise<{ op: MoneyOperation; applied: boolean }> {
  const window = reconcileWindow(op, o.now(), o.marginMs);
  const previousPolls = op.reconcile?.polls ?? 0;
  try {
    const exclude = ownedTransactionIds(await operationsSince(db, op, window.beginMs - LOOKBACK_MS), op.operationId);
    const env = { ...o, client, window, exclude, previousPolls };
    const outcome = await reconcileOperation(env, op);
    const patch = { results: outcome.results, reconcile: infoOf(outcome, o.now()) };
    if (outcome.results.some((r) => r.status === 'unknown' || r.status === 'pending')) {
      return { op: (await patchOperation(db, op.operationId, 'unknown', patch)) ?? op, applied: false };
    }
    const to = outcome.results.some((r) => r.status === 'done') ? 'reconciled-done' : 'reconciled-not-done';
    const done = await transitionOperation(db, op.operationId, 'unknown', to, patch, o.now());
    return { op: done.op ?? op, applied: done.ok && to === 'reconciled-done' };
  } catch (error) {
    // Reading the trail failed (network, locked vault…): nothing decided, the lock stays, try again later.
    const reconcile = {
      checkedAt: o.now(),
      polls: previousPolls,
      error: error instanceof Error ? error.message : 'failed',
    };
    return { op: (await patchOperation(db, op.operationId, 'unknown', { reconcile })) ?? op, applied: false };
  }
}

/**
 * After a 'done' allocation or reclaim, the trail should show it once. Chromium re-sends a request whose
 * reused keep-alive connection was reset before any response byte — POSTs included — so the platform can
 * have applied it twice although the extension sent it once. More than one matching record is kept as
 * "ambiguous" on the done operation, which the page shows with the transaction ids. A failed read changes nothing.
 */
export async function flagDuplicates(
  db: Db,
  client: BssClient,
  op: MoneyOperation,
  o: Pick<SettleOptions, 'now' | 'marginMs'>,
): Promise<MoneyOperation> {
  const customerId = op.customerIds[0];
  if ((op.kind !== 'allocate' && op.kind !== 'reclaim') || !customerId) return op;
  try {
    const window = reconcileWindow(op, o.now(), o.marginMs);
    const exclude = ownedTransactionIds(await operationsSince(db, op, window.beginMs - LOOKBACK_MS), op.operationId);
    const records = await trail({ client, window }, op, customerId);
    const match = matchTrail(customerId, op.amount, records, { window, exclude, type: ADJUST_TYPE[op.kind] });
    if (match.kind !== 'ambiguous') return op;
    const reconcile = infoOf({ results: op.results, polls: 0, ambiguous: match.candidates }, o.now());
    return (await patchOperation(db, op.operationId, 'done', { reconcile })) ?? op;
  } catch {
    return op;
  }
}
