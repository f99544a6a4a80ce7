/**
 * Yearly/monthly resources expiring within 30 days, for the reseller customers that are blocked, frozen or
 * running low: the ones whose resources will actually lapse (a funded customer renews). The API answers per
 * customer (`customer_id` is required), so a partner with 50,000 customers and 20,000 of them at risk would
 * need 20,000 calls, over half an hour at 10 calls/s. A pass is therefore run in bounded slices:
 *
 * - each run spends at most `callsPerRun` calls (RESOURCES_CALLS_PER_RUN), then ends and lets go of the sync
 *   lease, so the money refresh and "sync now" are never stuck behind it; the scheduler starts the next slice
 *   after a pause (plan.ts, SLICE_PAUSE_MS);
 * - the order is by urgency: customers who cannot buy (blocked, frozen) before those running low, and within
 *   each group the ones checked longest ago (never checked first), so new trouble is looked at first;
 * - when each customer was last checked is kept in `meta` (a per-scope map), written with the resources found
 *   and the checkpoint in one transaction every few customers; a killed worker re-checks at most those few;
 * - the checkpoint's offset/total say how many of the customers at risk this pass has checked, which is what
 *   the status shows; once every one of them was checked the pass is complete and resources no longer listed
 *   (renewed, or their customer is no longer at risk) are swept.
 */
import type { PeriodResource } from '../../api/endpoints/resources';
import { listPeriodResources } from '../../api/endpoints/resources';
import { paginate } from '../../api/paginate';
import {
  type CheckpointInput,
  customersAtRisk,
  getCheckpoint,
  PAGE_SIZE,
  putCheckpoint,
  sweepStale,
  upsertResourcesPage,
} from '../../cache/repositories';
import type { CustomerStatus, ExpiringResource } from '../../domain';
import { isoSeconds, type JobContext, type JobOutcome, startingPoint } from '../context';
import { isRecord, readMeta, scopedMetaKey } from '../meta';

export const RESOURCES_JOB = 'resources';
export const EXPIRY_WINDOW_DAYS = 30;
/** API calls one run may spend on resources: about 20 s at the rate limit. */
export const RESOURCES_CALLS_PER_RUN = 200;
/** Checked customers are committed (resources, rotation map, checkpoint) every this many customers. */
export const RESOURCES_FLUSH_EVERY = 20;

/** Customers who cannot buy come first, then those running low. */
const TIER: Partial<Record<CustomerStatus, number>> = { blocked: 0, frozen: 0, low: 1 };

/** customerId → when its resources were last fetched (ms). */
export type CheckedMap = Record<string, number>;

export const checkedKey = (scope: { partnerId: string; site: string }) => scopedMetaKey('resources-checked', scope);

const isCheckedMap = (v: unknown): v is CheckedMap =>
  isRecord(v) && Object.values(v).every((t) => typeof t === 'number');

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

interface Candidate {
  customerId: string;
  tier: number;
  checkedAt: number;
}

/** Customers at risk not yet checked in the pass that started at `passStart`, most urgent first. */
export function pendingCandidates(
  records: readonly { customerId: string; status: CustomerStatus }[],
  checked: CheckedMap,
  passStart: number,
): Candidate[] {
  return records
    .map((r) => ({ customerId: r.customerId, tier: TIER[r.status] ?? 2, checkedAt: checked[r.customerId] ?? 0 }))
    .filter((c) => c.checkedAt < passStart)
    .sort((a, b) => a.tier - b.tier || a.checkedAt - b.checkedAt || (a.customerId < b.customerId ? -1 : 1));
}

export async function runResourcesJob(ctx: JobContext): Promise<JobOutcome> {
  const { db, scope, client, signal } = ctx;
  const callsPerRun = ctx.limits?.resourcesCallsPerRun ?? RESOURCES_CALLS_PER_RUN;
  let state: CheckpointInput = startingPoint(await getCheckpoint(db, scope, RESOURCES_JOB), RESOURCES_JOB, ctx);
  const { runId, startedAt: passStart } = state;
  // From the status index alone: each slice re-reads who is at risk, without reading thousands of records.
  const atRisk = await customersAtRisk(db, scope);
  const total = atRisk.length;
  // Entries of customers no longer at risk are dropped: if they come back they are checked again anyway.
  const stored = (await readMeta(db, checkedKey(scope), isCheckedMap)) ?? {};
  const checked: CheckedMap = {};
  for (const c of atRisk)
    if (stored[c.customerId] !== undefined) checked[c.customerId] = stored[c.customerId] as number;
  const pending = pendingCandidates(atRisk, checked, passStart);
  let done = total - pending.length;

  const begin = isoSeconds(ctx.now());
  const end = isoSeconds(ctx.now() + EXPIRY_WINDOW_DAYS * 86_400_000);
  let calls = 0;
  let buffer: ExpiringResource[] = [];
  let unflushed = 0;
  const flush = async () => {
    const at = ctx.now();
    state = { ...state, offset: done, total, totalAtStart: state.totalAtStart ?? total, updatedAt: at };
    await upsertResourcesPage(db, scope, buffer, { fetchedAt: at, source: 'api', runId }, state, {
      key: checkedKey(scope),
      value: JSON.stringify(checked),
    });
    buffer = [];
    unflushed = 0;
    await ctx.heartbeat();
    await ctx.progress(RESOURCES_JOB, done, total);
  };

  let next = 0;
  for (; next < pending.length && calls < callsPerRun; next++) {
    const { customerId } = pending[next] as Candidate;
    const pages = paginate(
      (page) => {
        calls++;
        return listPeriodResources(client, { customerId, expireTimeBegin: begin, expireTimeEnd: end, ...page }, signal);
      },
      { limit: PAGE_SIZE, signal },
    );
    for await (const page of pages) buffer.push(...page.items.flatMap((r) => toExpiring(customerId, r) ?? []));
    checked[customerId] = ctx.now();
    done++;
    if (++unflushed >= RESOURCES_FLUSH_EVERY) await flush();
  }
  if (unflushed > 0) await flush();

  if (next < pending.length) return { complete: false };
  await sweepStale(db, 'resources', scope, runId);
  await putCheckpoint(db, scope, { ...state, offset: total, total, done: true, updatedAt: ctx.now() });
  await ctx.progress(RESOURCES_JOB, total, total);
  return { complete: true };
}
