/** What every sync job gets from the scheduler: the cache, a signed client, the scope, and progress hooks. */
import type { BssClient } from '../api/client';
import type { Db } from '../cache/db';
import { type CheckpointInput, PAGE_SIZE } from '../cache/repositories';
import type { CheckpointRecord } from '../cache/schema';
import type { PartnerScope } from '../domain';
import type { SyncJobId } from '../messages/sync';
import type { StatusSettings } from '../rules/status';

export interface JobContext {
  db: Db;
  client: BssClient;
  scope: PartnerScope;
  /** Aborted when the vault locks or the account changes: the job stops between (or inside) requests. */
  signal: AbortSignal;
  statusSettings: StatusSettings;
  now(): number;
  newId(): string;
  /** Persists and publishes a job's progress. */
  progress(job: SyncJobId, done: number, total: number | null): Promise<void>;
  /** Renews the single-flight lease; throws when it was lost (another context took over). */
  heartbeat(): Promise<void>;
  /** Per-run budgets (tests make them small); defaults in the jobs. */
  limits?: Partial<SyncLimits>;
}

export interface SyncLimits {
  /** Resources API calls one run may spend before the pass continues in a later run. */
  resourcesCallsPerRun: number;
}

/**
 * How a job's run ended. `complete: false` = a pass run in bounded slices (resources) stopped at its budget
 * and continues from its checkpoint in a later run.
 */
export interface JobOutcome {
  complete: boolean;
}

/** The checkpoint to continue from: the unfinished one, or a fresh run. */
export function startingPoint(existing: CheckpointRecord | undefined, jobId: string, ctx: JobContext): CheckpointInput {
  if (existing && !existing.done) {
    const { partnerId: _p, site: _s, ...rest } = existing;
    return rest;
  }
  const now = ctx.now();
  return {
    jobId,
    runId: ctx.newId(),
    offset: 0,
    total: null,
    totalAtStart: null,
    startedAt: now,
    updatedAt: now,
    done: false,
  };
}

/** The checkpoint after a list page at `offset` of `total` arrived (written with that page's records). */
export function afterPage(
  state: CheckpointInput,
  page: { offset: number; total: number },
  fetchedAt: number,
): CheckpointInput {
  return {
    ...state,
    offset: page.offset + PAGE_SIZE,
    total: page.total,
    totalAtStart: state.totalAtStart ?? page.total,
    updatedAt: fetchedAt,
  };
}

/** ISO-8601 UTC without milliseconds, as BSS expects in time filters. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
