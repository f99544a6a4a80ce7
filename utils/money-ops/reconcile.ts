/**
 * Reconciliation of an operation whose outcome is unknown: read the platform's audit trail (adjust records,
 * issued coupons, the budget, the frozen flag) and decide per customer. Reads only — nothing is re-sent.
 */
import type { BssClient } from '@/utils/api/client';
import { listPartnerAdjustRecords } from '@/utils/api/endpoints/allocation';
import { showSubCustomerBudget } from '@/utils/api/endpoints/budget';
import { listSubCustomers } from '@/utils/api/endpoints/customers';
import { listIssuedPartnerCoupons } from '@/utils/api/endpoints/vouchers';
import { compareMoney } from '@/utils/rules/money';
import {
  ADJUST_TYPE,
  isoSecondsUtc,
  type Match,
  matchTrail,
  type SettlePolicy,
  type TimeWindow,
  type TrailRecord,
  verdictOf,
} from './match';
import type { CustomerResult, MoneyOperation } from './model';

/** Pages read per query at most (100 records each): the window is minutes wide, so this is plenty. */
const MAX_PAGES = 5;

export interface ReconcileEnv {
  client: BssClient;
  now: () => number;
  window: TimeWindow;
  exclude: ReadonlySet<string>;
  settle: SettlePolicy;
  /** Queries already made in earlier attempts (they count toward the settle policy). */
  previousPolls: number;
  pollDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export interface ReconcileOutcome {
  results: CustomerResult[];
  polls: number;
  ambiguous: TrailRecord[];
}

async function pages<T>(fetchPage: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, total } = await fetchPage(out.length);
    out.push(...items);
    if (items.length === 0 || out.length >= total) break;
  }
  return out;
}

/** The trail records that may show `customerId`'s part of the operation. */
export async function trail(
  env: Pick<ReconcileEnv, 'client' | 'window'>,
  op: MoneyOperation,
  customerId: string,
): Promise<TrailRecord[]> {
  const { client } = env;
  if (op.kind === 'allocate' || op.kind === 'reclaim') {
    const params = {
      customerId,
      operationType: ADJUST_TYPE[op.kind],
      operationTimeBegin: isoSecondsUtc(env.window.beginMs),
      operationTimeEnd: isoSecondsUtc(env.window.endMs),
      limit: 100,
    };
    const records = await pages((offset) => listPartnerAdjustRecords(client, { ...params, offset }));
    return records.map((r) => ({
      customerId: r.customerId,
      transactionId: r.transId,
      amount: r.amount,
      time: r.operationTime,
      type: r.operationType,
    }));
  }
  if (op.kind === 'issue-voucher') {
    const coupons = await pages((offset) => listIssuedPartnerCoupons(client, { customerId, limit: 100, offset }));
    return coupons.map((c) => {
      const rec: TrailRecord = { customerId: c.customerId, transactionId: c.couponId, amount: c.faceValue };
      if (c.createTime) rec.time = c.createTime;
      return rec;
    });
  }
  return [];
}

/** Budget and freeze are states, not ledger entries: compare the current state with the requested one. */
async function stateMatch(env: ReconcileEnv, op: MoneyOperation, customerId: string): Promise<Match> {
  if (op.kind === 'set-budget') {
    const now = await showSubCustomerBudget(env.client, customerId);
    const type = op.budget?.budgetType ?? 'MONTHLY';
    const same = compareMoney(now.budget, op.amount) === 0 && now.budgetType === type;
    return same ? { kind: 'found', transactionId: '' } : { kind: 'none' };
  }
  const page = await listSubCustomers(env.client, { customerId, limit: 1 });
  const customer = page.items.find((c) => c.customerId === customerId);
  return customer && customer.frozen === 0 ? { kind: 'found', transactionId: '' } : { kind: 'none' };
}

async function matchCustomer(env: ReconcileEnv, op: MoneyOperation, customerId: string): Promise<Match> {
  if (op.kind === 'set-budget' || op.kind === 'unfreeze') return stateMatch(env, op, customerId);
  const type = op.kind === 'issue-voucher' ? undefined : ADJUST_TYPE[op.kind];
  const records = await trail(env, op, customerId);
  return matchTrail(customerId, op.amount, records, {
    window: env.window,
    exclude: env.exclude,
    ...(type ? { type } : {}),
  });
}

function resultOf(customerId: string, match: Match, verdict: ReturnType<typeof verdictOf>): CustomerResult {
  if (verdict === 'done' && match.kind === 'found') {
    return match.transactionId
      ? { customerId, status: 'done', transactionId: match.transactionId }
      : { customerId, status: 'done' };
  }
  return { customerId, status: verdict === 'not-done' ? 'not-done' : 'unknown' };
}

/**
 * Decides every customer still 'unknown'. "None found" is polled again after `pollDelayMs` until the settle
 * policy allows calling it "not done"; a found or ambiguous answer stops at once.
 */
export async function reconcileOperation(env: ReconcileEnv, op: MoneyOperation): Promise<ReconcileOutcome> {
  const results = [...op.results];
  const ambiguous: TrailRecord[] = [];
  let polls = env.previousPolls;
  for (let round = 0; round < env.settle.minPolls; round++) {
    if (round > 0) await env.sleep(env.pollDelayMs);
    polls++;
    let pending = false;
    for (const [i, r] of results.entries()) {
      if (r.status !== 'unknown' && r.status !== 'pending') continue;
      const match = await matchCustomer(env, op, r.customerId);
      const verdict = verdictOf(match, op, env.now(), polls, env.settle);
      results[i] = resultOf(r.customerId, match, verdict);
      if (match.kind === 'ambiguous') ambiguous.push(...match.candidates);
      else if (verdict === 'undecided') pending = true;
    }
    if (!pending) break;
  }
  return { results, polls, ambiguous };
}
