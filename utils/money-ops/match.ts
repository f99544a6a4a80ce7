/**
 * Pure reconciliation logic: does the platform's audit trail show this operation? Inputs are plain records
 * already fetched; nothing here talks to the network, so every rule is table-tested.
 */
import type { DecimalString } from '@/utils/domain';
import { compareMoney } from '@/utils/rules/money';
import type { MoneyOperation } from './model';

/** How far around the send time a record may be stamped (server clock drift, queueing). */
export const DEFAULT_MARGIN_MS = 5 * 60_000;

export interface TimeWindow {
  beginMs: number;
  endMs: number;
}

/** Server-time window in which the platform may have stamped the operation. */
export function reconcileWindow(op: MoneyOperation, nowMs: number, marginMs = DEFAULT_MARGIN_MS): TimeWindow {
  const skew = op.skewMs ?? 0;
  const sent = op.sentAt ?? op.createdAt;
  return { beginMs: sent + skew - marginMs, endMs: nowMs + skew + marginMs };
}

/** "2025-03-01T08:00:00Z": the format the adjust-records query takes (no milliseconds). */
export function isoSecondsUtc(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function inWindow(time: string | undefined, w: TimeWindow): boolean {
  if (!time) return true; // no stamp: other criteria decide
  const at = Date.parse(time);
  return Number.isNaN(at) || (at >= w.beginMs && at <= w.endMs);
}

export interface TrailRecord {
  customerId: string;
  transactionId: string;
  amount: DecimalString;
  time?: string;
  /** Adjust records: SOURCE_OPERATION_BEADJUST / BERETRIEVE. Coupons: unused. */
  type?: string;
}

export type Match =
  | { kind: 'found'; transactionId: string }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: TrailRecord[] };

export const ADJUST_TYPE = {
  allocate: 'SOURCE_OPERATION_BEADJUST',
  reclaim: 'SOURCE_OPERATION_BERETRIEVE',
} as const;

/**
 * The records that can be this operation for `customerId`: same customer, type, amount, inside the window,
 * and not already the proven result of another operation.
 */
export function matchTrail(
  customerId: string,
  amount: DecimalString,
  records: readonly TrailRecord[],
  opts: { window: TimeWindow; type?: string; exclude: ReadonlySet<string> },
): Match {
  const candidates = records.filter(
    (r) =>
      r.customerId === customerId &&
      (opts.type === undefined || r.type === opts.type) &&
      compareMoney(r.amount, amount) === 0 &&
      inWindow(r.time, opts.window) &&
      r.transactionId !== '' &&
      !opts.exclude.has(r.transactionId),
  );
  const unique = [...new Map(candidates.map((c) => [c.transactionId, c])).values()];
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1 && unique[0]) return { kind: 'found', transactionId: unique[0].transactionId };
  return { kind: 'ambiguous', candidates: unique };
}

export interface SettlePolicy {
  /** "Not found" counts only this long after sending (the server may still be applying it). */
  settleMs: number;
  /** ...and only after this many queries. */
  minPolls: number;
}

export const DEFAULT_SETTLE: SettlePolicy = { settleMs: 30_000, minPolls: 2 };

export type Verdict = 'done' | 'not-done' | 'undecided';

/** Turns a match into a verdict; "none" becomes "not done" only once the operation had time to settle. */
export function verdictOf(
  match: Match,
  op: MoneyOperation,
  nowMs: number,
  polls: number,
  policy: SettlePolicy,
): Verdict {
  if (match.kind === 'found') return 'done';
  if (match.kind === 'ambiguous') return 'undecided';
  const settled = nowMs - (op.sentAt ?? op.createdAt) >= policy.settleMs && polls >= policy.minPolls;
  return settled ? 'not-done' : 'undecided';
}

/** Transaction ids that other operations already own (so one record never proves two operations). */
export function ownedTransactionIds(ops: readonly MoneyOperation[], except: string): Set<string> {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.operationId === except) continue;
    for (const r of op.results) if (r.transactionId) ids.add(r.transactionId);
  }
  return ids;
}
