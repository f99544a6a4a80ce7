/**
 * Yearly/monthly resources expiring within 30 days, for the reseller customers that are blocked, frozen or
 * running low: the ones whose resources will actually lapse (a funded customer renews). The API answers
 * per customer, so limiting the set keeps the call count near the number of customers at risk.
 * Checkpoint after each customer; a complete pass sweeps resources that are no longer listed.
 */
import type { PeriodResource } from '../../api/endpoints/resources';
import { listPeriodResources } from '../../api/endpoints/resources';
import { collectAll } from '../../api/paginate';
import {
  customersWithStatus,
  getCheckpoint,
  PAGE_SIZE,
  putCheckpoint,
  sweepStale,
  upsertResourcesPage,
} from '../../cache/repositories';
import type { ExpiringResource } from '../../domain';
import { isoSeconds, type JobContext, startingPoint } from '../context';
import { isReseller } from '../money';

export const RESOURCES_JOB = 'resources';
export const EXPIRY_WINDOW_DAYS = 30;

export function toExpiring(customerId: string, r: PeriodResource): ExpiringResource | null {
  if (!r.expireTime) return null;
  const out: ExpiringResource = {
    resourceId: r.resourceId,
    customerId,
    name: r.resourceName,
    billing: 'subscription',
    serviceTypeCode: r.serviceTypeCode,
    status: r.status,
    expireTime: r.expireTime,
  };
  if (r.regionCode) out.regionCode = r.regionCode;
  if (r.expirePolicy !== undefined) out.expirePolicy = r.expirePolicy;
  return out;
}

export async function runResourcesJob(ctx: JobContext): Promise<void> {
  const { db, scope, client, signal } = ctx;
  let state = startingPoint(await getCheckpoint(db, scope, RESOURCES_JOB), RESOURCES_JOB, ctx);
  const { runId } = state;
  const candidates = (await customersWithStatus(db, scope, ['blocked', 'frozen', 'low']))
    .filter(isReseller)
    .map((c) => c.customerId)
    .sort();
  const total = candidates.length;
  const begin = isoSeconds(ctx.now());
  const end = isoSeconds(ctx.now() + EXPIRY_WINDOW_DAYS * 86_400_000);
  for (let i = state.offset; i < total; i++) {
    const customerId = candidates[i];
    if (customerId === undefined) break;
    const items = await collectAll(
      (page) =>
        listPeriodResources(client, { customerId, expireTimeBegin: begin, expireTimeEnd: end, ...page }, signal),
      { limit: PAGE_SIZE, signal },
    );
    const resources = items.flatMap((r) => toExpiring(customerId, r) ?? []);
    state = { ...state, offset: i + 1, total, totalAtStart: state.totalAtStart ?? total, updatedAt: ctx.now() };
    await upsertResourcesPage(db, scope, resources, { fetchedAt: ctx.now(), source: 'api', runId }, state);
    await ctx.heartbeat();
    await ctx.progress(RESOURCES_JOB, i + 1, total);
  }
  await sweepStale(db, 'resources', scope, runId);
  await putCheckpoint(db, scope, { ...state, total, done: true, updatedAt: ctx.now() });
  await ctx.progress(RESOURCES_JOB, total, total);
}
