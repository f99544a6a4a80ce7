/**
 * Full pass over the customer list (pages of 100), with the resellers' money fetched in batches of 100 as
 * pages arrive. Every page is written together with its checkpoint, so a worker killed mid-pass continues
 * at the next page on its next wake; records are upserted by id, so a re-read page never duplicates.
 * A complete pass whose total did not move sweeps customers that were not seen (unbound since last time).
 */
import { listSubCustomers } from '../../api/endpoints/customers';
import { paginate } from '../../api/paginate';
import {
  type CheckpointInput,
  type CustomerInput,
  getCheckpoint,
  PAGE_SIZE,
  putCheckpoint,
  sweepStale,
  upsertCustomersPage,
} from '../../cache/repositories';
import type { Customer } from '../../domain';
import { afterPage, type JobContext, startingPoint } from '../context';
import { isReseller, MoneyPipeline, pendingMoney, subjectOf } from '../money';

export const CUSTOMERS_JOB = 'customers';

/** Statuses the list alone decides; resellers keep their stored status until their money arrives. */
function withListStatus(c: Customer): CustomerInput {
  if (c.associationType === '1') return { ...c, status: 'not-applicable' };
  if (c.frozen !== 0) return { ...c, status: 'frozen' };
  return c;
}

export interface CustomersPassResult {
  /** The total did not change during the pass (otherwise nothing was swept; the next pass will). */
  stable: boolean;
  total: number;
}

export async function runCustomersJob(ctx: JobContext): Promise<CustomersPassResult> {
  const { db, scope } = ctx;
  let state: CheckpointInput = startingPoint(await getCheckpoint(db, scope, CUSTOMERS_JOB), CUSTOMERS_JOB, ctx);
  const { runId } = state;
  const money = new MoneyPipeline(ctx, runId, (done, seen) => ctx.progress('money', done, seen));
  try {
    if (state.offset > 0) await money.add(await pendingMoney(db, scope, runId));
    const finished = state.total !== null && state.offset >= state.total;
    if (!finished) {
      const pages = paginate((page) => listSubCustomers(ctx.client, page, ctx.signal), {
        limit: PAGE_SIZE,
        startOffset: state.offset,
        signal: ctx.signal,
      });
      for await (const page of pages) {
        const fetchedAt = ctx.now();
        state = afterPage(state, page, fetchedAt);
        await upsertCustomersPage(
          db,
          scope,
          page.items.map(withListStatus),
          { fetchedAt, source: 'api', runId },
          state,
        );
        await ctx.heartbeat();
        await ctx.progress(CUSTOMERS_JOB, Math.min(state.offset, page.total), page.total);
        await money.add(page.items.filter(isReseller).map(subjectOf));
      }
    }
    await money.flush();
  } finally {
    await money.settle();
  }
  const total = state.total ?? 0;
  const stable = state.totalAtStart === state.total;
  if (stable) await sweepStale(db, 'customers', scope, runId);
  await putCheckpoint(db, scope, { ...state, done: true, updatedAt: ctx.now() });
  await ctx.progress(CUSTOMERS_JOB, total, total);
  return { stable, total };
}
