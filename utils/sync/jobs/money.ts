/**
 * Money refresh between list passes: balances/budgets of the cached resellers, 100 per call, with a
 * checkpoint after each batch (a killed worker re-fetches at most the batch it was on).
 */
import { MAX_BATCH } from '../../api/endpoints/balances';
import { getCheckpoint, loadCustomers, putCheckpoint } from '../../cache/repositories';
import { type JobContext, startingPoint } from '../context';
import { fetchMoneyBatch, isReseller, subjectOf } from '../money';

export const MONEY_JOB = 'money';

export async function runMoneyJob(ctx: JobContext): Promise<void> {
  const { db, scope } = ctx;
  let state = startingPoint(await getCheckpoint(db, scope, MONEY_JOB), MONEY_JOB, ctx);
  // Id order is stable between wakes, so the offset still points at the same resellers after a restart.
  const resellers = (await loadCustomers(db, scope)).filter(isReseller).map(subjectOf);
  const total = resellers.length;
  for (let offset = state.offset; offset < total; offset += MAX_BATCH) {
    await fetchMoneyBatch(ctx, resellers.slice(offset, offset + MAX_BATCH), state.runId);
    state = {
      ...state,
      offset: offset + MAX_BATCH,
      total,
      totalAtStart: state.totalAtStart ?? total,
      updatedAt: ctx.now(),
    };
    await putCheckpoint(db, scope, state);
    await ctx.heartbeat();
    await ctx.progress(MONEY_JOB, Math.min(state.offset, total), total);
  }
  await putCheckpoint(db, scope, { ...state, total, done: true, updatedAt: ctx.now() });
  await ctx.progress(MONEY_JOB, total, total);
}
