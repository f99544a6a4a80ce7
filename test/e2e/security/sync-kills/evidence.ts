/**
 * What the suite compares: the cached customers and vouchers against the sandbox dataset (count, duplicates and
 * SHA-256 of canonical JSON of the API-sourced fields), the checkpoint cursors over time, and page re-fetches
 * per kill from the sandbox request log.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { CustomerRecord, VoucherRecord } from '../../../../utils/cache/schema';
import type { IssuedCoupon, RecordedRequest, SandboxCustomer } from '../../../sandbox/bss/types';
import { cachedRecords } from '../../sync/flow';
import { type LandedKill, pageOffset } from './driver';
import { describeKill, PAGED_LISTS, type PagedJob } from './plan';

export interface Scope {
  partnerId: string;
  site: string;
}

/** Count, distinct ids and SHA-256 over the sorted canonical rows. */
export interface Digest {
  count: number;
  distinct: number;
  sha256: string;
}

function digest(rows: { id: string; row: unknown[] }[]): Digest {
  const lines = rows.map((r) => JSON.stringify([r.id, ...r.row])).sort();
  return {
    count: rows.length,
    distinct: new Set(rows.map((r) => r.id)).size,
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

const fen = (decimal: string) => Math.round(Number(decimal) * 100);

export const customerRow = (c: SandboxCustomer | CustomerRecord) => ({
  id: c.customerId,
  row: [c.accountName, c.name, c.associationType, c.associatedOn, c.label ?? '', c.level, c.frozen],
});

export const voucherRow = (v: IssuedCoupon | VoucherRecord) => ({
  id: v.couponId,
  row:
    'faceFen' in v
      ? [v.customerId, v.status, v.couponType, v.faceFen, v.balanceFen, v.effectiveTime, v.expireTime]
      : [v.customerId, v.status, v.couponType, fen(v.faceValue), fen(v.balance), v.effectiveTime, v.expireTime],
});

export function datasetDigests(customers: readonly SandboxCustomer[], coupons: readonly IssuedCoupon[]) {
  return { customers: digest(customers.map(customerRow)), vouchers: digest(coupons.map(voucherRow)) };
}

export async function cacheDigests(page: Page, scope: Scope) {
  const [customers, vouchers] = await Promise.all([
    cachedRecords<CustomerRecord>(page, 'customers', scope.partnerId, scope.site),
    cachedRecords<VoucherRecord>(page, 'vouchers', scope.partnerId, scope.site),
  ]);
  return { customers: digest(customers.map(customerRow)), vouchers: digest(vouchers.map(voucherRow)) };
}

export interface CursorSample {
  job: string;
  runId: string;
  offset: number;
  done: boolean;
}

export async function readCursors(page: Page, scope: Scope): Promise<CursorSample[]> {
  const rows = await cachedRecords<CursorSample & { jobId: string }>(page, 'checkpoints', scope.partnerId, scope.site);
  return rows.map((r) => ({ job: r.jobId, runId: r.runId, offset: r.offset, done: r.done }));
}

/** Every place a job's cursor went back (or its run changed) between two consecutive samples. */
export function cursorRegressions(samples: readonly CursorSample[][]): string[] {
  const last = new Map<string, CursorSample>();
  const out: string[] = [];
  samples.forEach((sample, i) => {
    for (const s of sample) {
      const prev = last.get(s.job);
      if (prev && (prev.runId !== s.runId || s.offset < prev.offset || (prev.done && !s.done))) {
        out.push(`sample ${i}: ${s.job} ${JSON.stringify(prev)} → ${JSON.stringify(s)}`);
      }
      last.set(s.job, s);
    }
  });
  return out;
}

const pageKey = (r: RecordedRequest) => {
  const list = PAGED_LISTS.find((l) => l.operation === r.operation);
  const offset = pageOffset(r);
  return list && offset !== undefined && r.status !== 429 ? `${list.job}@${offset}` : undefined;
};

/** Sync page requests per list: how many, and over how many distinct pages. */
export function pageRequests(log: readonly RecordedRequest[]): Record<PagedJob, { requests: number; pages: number }> {
  const keys = log.map(pageKey).filter((k) => k !== undefined);
  const count = (job: PagedJob) => {
    const mine = keys.filter((k) => k.startsWith(`${job}@`));
    return { requests: mine.length, pages: new Set(mine).size };
  };
  return { customers: count('customers'), vouchers: count('vouchers') };
}

/** Page requests repeating an earlier one, counted in the window after each kill (index 0: before any kill). */
export function refetchesPerKill(log: readonly RecordedRequest[], kills: readonly LandedKill[]): number[] {
  const seen = new Set<string>();
  const out = new Array<number>(kills.length + 1).fill(0);
  log.forEach((r, i) => {
    const key = pageKey(r);
    if (!key) return;
    const window = kills.filter((k) => k.logIndex <= i).length;
    if (seen.has(key)) out[window] = (out[window] ?? 0) + 1;
    seen.add(key);
  });
  return out;
}

/** Per kill: ms from the stop to the next sync page request (how long the woken worker took to resume). */
export function resumeDelays(log: readonly RecordedRequest[], kills: readonly LandedKill[]): number[] {
  return kills.map((k) => {
    const next = log.slice(k.logIndex).find((r) => r.time >= k.stoppedAt && pageKey(r));
    return next ? next.time - k.stoppedAt : -1;
  });
}

/**
 * Per kill, from the request log: was its target page fetched again afterwards (its transaction had not
 * committed when the worker died) or not (it had)?
 */
export function pageOutcomes(log: readonly RecordedRequest[], kills: readonly LandedKill[]): string[] {
  return kills.map((k, i) => {
    const end = kills[i + 1]?.logIndex ?? log.length;
    const again = log.slice(k.logIndex, end).some((r) => pageKey(r) === `${k.job}@${k.offset}`);
    return `${describeKill(k)} → ${again ? 're-fetched' : 'had committed'}`;
  });
}
