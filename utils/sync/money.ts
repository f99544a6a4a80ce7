/**
 * Money state of reseller customers (China balances, intl budgets) in batches of exactly 100 ids, so N
 * resellers cost ceil(N/100) calls however the list pages split them. After each batch the statuses of its
 * customers are recomputed with utils/rules/status.ts and stored (the at-risk index feeds the badge).
 */
import { listCustomersBalances, MAX_BATCH } from '../api/endpoints/balances';
import { listSubCustomerBudgets } from '../api/endpoints/budget';
import type { Db } from '../cache/db';
import { loadCustomers, loadMoneyStates, putMoneyStates, setCustomerStatuses } from '../cache/repositories';
import type { MoneyStateInput } from '../cache/schema';
import type { AssociationType, CustomerStatus, FrozenState, MoneyState, PartnerScope } from '../domain';
import { assessCustomer } from '../rules/status';
import type { JobContext } from './context';

export interface MoneySubject {
  customerId: string;
  associationType: AssociationType;
  frozen: FrozenState;
}

export const subjectOf = ({ customerId, associationType, frozen }: MoneySubject): MoneySubject => ({
  customerId,
  associationType,
  frozen,
});

export const isReseller = (c: { associationType: AssociationType }) => c.associationType === '2';

/** One balance/budget call for ≤ 100 customers, then their money and statuses are stored. */
export async function fetchMoneyBatch(
  ctx: JobContext,
  subjects: readonly MoneySubject[],
  runId: string,
): Promise<void> {
  if (subjects.length === 0) return;
  const ids = subjects.map((s) => s.customerId);
  const options = { signal: ctx.signal };
  const states: MoneyState[] =
    ctx.scope.site === 'cn'
      ? await listCustomersBalances(ctx.client, ids, options)
      : await listSubCustomerBudgets(ctx.client, ids, options);
  const byId = new Map(subjects.map((s) => [s.customerId, s]));
  const moneyById = new Map<string, MoneyState>();
  const inputs: MoneyStateInput[] = [];
  for (const state of states) {
    const subject = byId.get(state.customerId);
    if (!subject) continue; // never store an answer we did not ask for
    moneyById.set(state.customerId, state);
    inputs.push({ ...state, frozen: subject.frozen });
  }
  await putMoneyStates(ctx.db, ctx.scope, inputs, { fetchedAt: ctx.now(), source: 'api', runId });
  const statuses = new Map<string, CustomerStatus>();
  for (const s of subjects) {
    const money = moneyById.get(s.customerId) ?? null;
    statuses.set(s.customerId, assessCustomer({ customer: s, money }, ctx.statusSettings).status);
  }
  await setCustomerStatuses(ctx.db, ctx.scope, statuses);
}

/** Resellers written by `runId` whose money this run has not fetched yet (the buffer a killed worker lost). */
export async function pendingMoney(db: Db, scope: PartnerScope, runId: string): Promise<MoneySubject[]> {
  const [customers, money] = await Promise.all([loadCustomers(db, scope), loadMoneyStates(db, scope)]);
  const fresh = new Set(money.filter((m) => m.runId === runId).map((m) => m.customerId));
  return customers.filter((c) => c.runId === runId && isReseller(c) && !fresh.has(c.customerId)).map(subjectOf);
}

/**
 * Buffers resellers as list pages arrive and sends full batches of 100 while the list keeps paging (list and
 * balance are different APIs with separate rate limits). At most `maxInFlight` batches at once.
 */
export class MoneyPipeline {
  private buffer: MoneySubject[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;
  done = 0;
  seen = 0;

  constructor(
    private readonly ctx: JobContext,
    private readonly runId: string,
    private readonly onBatch: (done: number, seen: number) => Promise<void>,
    private readonly maxInFlight = 2,
  ) {}

  async add(subjects: readonly MoneySubject[]): Promise<void> {
    this.throwIfFailed();
    this.buffer.push(...subjects);
    this.seen += subjects.length;
    while (this.buffer.length >= MAX_BATCH) await this.dispatch(this.buffer.splice(0, MAX_BATCH));
  }

  /** Sends the last partial batch and waits for every batch. */
  async flush(): Promise<void> {
    if (this.buffer.length > 0) await this.dispatch(this.buffer.splice(0));
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for batches in flight without throwing (used on the way out of a failed run). */
  async settle(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async dispatch(batch: MoneySubject[]): Promise<void> {
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
    this.throwIfFailed();
    const run: Promise<void> = fetchMoneyBatch(this.ctx, batch, this.runId)
      .then(async () => {
        this.done += batch.length;
        await this.onBatch(this.done, this.seen);
      })
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
