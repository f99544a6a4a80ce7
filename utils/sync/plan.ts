/** Pure scheduling decisions: which jobs are due, and how stored statuses read as a SyncStatus. */
import { ApiError } from '../api/errors';
import type { CheckpointRecord } from '../cache/schema';
import type { Site } from '../domain';
import {
  SYNC_JOB_IDS,
  type SyncError,
  type SyncErrorInfo,
  type SyncErrorReason,
  type SyncJobId,
  type SyncJobStatus,
  type SyncStatus,
} from '../messages/sync';
import type { Settings } from '../settings';
import type { StoredJobStatus } from './status-store';

/** A failed job is retried by the periodic tick after this long (sooner by "sync now"). */
export const RETRY_AFTER_FAILURE_MS = 5 * 60_000;
/**
 * Pause between two slices of a pass that runs in bounded slices (resources): the scheduler goes idle, other
 * jobs and "sync now" get the lease, and the next slice starts at the next one-minute tick after it.
 */
export const SLICE_PAUSE_MS = 45_000;

export function jobAvailable(job: SyncJobId, site: Site): boolean {
  // Partner coupons and quotas exist on the China site only.
  return !(job === 'vouchers' && site === 'intl');
}

export interface PlanInput {
  site: Site;
  settings: Settings;
  statuses: Record<SyncJobId, StoredJobStatus>;
  checkpoints: readonly CheckpointRecord[];
  forced: ReadonlySet<SyncJobId>;
  now: number;
}

/** Due jobs in run order. A due customer pass also refreshes money, so money is then left out. */
export function dueJobs({ site, settings, statuses, checkpoints, forced, now }: PlanInput): SyncJobId[] {
  const unfinished = new Set(checkpoints.filter((c) => !c.done).map((c) => c.jobId));
  const due = SYNC_JOB_IDS.filter((job) => {
    if (!jobAvailable(job, site)) return false;
    if (forced.has(job)) return true;
    const status = statuses[job];
    // Before the checkpoint test: a job that failed mid-pass (network down) would otherwise restart on every
    // `sync.status` poll, retrying endlessly and never letting its error show.
    if (status.state === 'failed' && now < retryTime(status)) return false;
    if (unfinished.has(job)) {
      // Between two slices of a pass; a slice cut short by a stopped worker ('running') resumes at once.
      if (status.state !== 'running' && status.continuesAt !== undefined && now < status.continuesAt) return false;
      return true;
    }
    if (status.lastSuccessAt === null) return true;
    return now - status.lastSuccessAt >= settings.syncMinutes[job] * 60_000;
  });
  return due.includes('customers') ? due.filter((j) => j !== 'money') : due;
}

/** When a failed job is due again: when the API host reopens (breaker), else a fixed pause after the attempt. */
function retryTime(status: StoredJobStatus): number {
  return status.error?.retryAt ?? (status.lastAttemptAt ?? 0) + RETRY_AFTER_FAILURE_MS;
}

/** Typed error → what the status shows. Never the raw error text of anything but our own errors. */
export function errorInfo(error: unknown): SyncErrorInfo {
  if (error instanceof ApiError) {
    const info: SyncErrorInfo = { kind: error.kind, message: error.message };
    if (error.detail) info.detail = error.detail;
    if (error.retryAt !== undefined) info.retryAt = error.retryAt;
    return info;
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : 'Unexpected failure' };
}

export function reasonOf(info: SyncErrorInfo): SyncErrorReason {
  if (info.detail === 'clock-skew') return 'clock-skew';
  if (info.detail === 'not-a-partner') return 'not-a-partner';
  if (info.detail === 'wrong-site') return 'wrong-site';
  switch (info.kind) {
    case 'auth':
    case 'permission':
    case 'throttled':
    case 'network':
    case 'server':
    case 'unavailable':
    case 'malformed':
    case 'locked':
      return info.kind;
    default:
      return 'unknown';
  }
}

/** Failures that will fail every other job too: stop the run instead of repeating them. */
export function isFatal(info: SyncErrorInfo): boolean {
  return ['auth', 'permission', 'network', 'locked', 'unavailable'].includes(info.kind);
}

export interface StatusInput {
  site: Site | null;
  statuses: Record<SyncJobId, StoredJobStatus> | null;
  settings: Settings;
  running: boolean;
  locked: boolean;
  clockSkewMs: number | null;
  now: number;
}

export function assembleStatus(input: StatusInput): SyncStatus {
  const { site, statuses, settings, now } = input;
  if (site === null || statuses === null) {
    const jobs = SYNC_JOB_IDS.map(
      (id): SyncJobStatus => ({ id, state: 'unavailable', done: 0, total: null, lastSuccessAt: null }),
    );
    const error: SyncError | null = input.locked ? { reason: 'locked', at: now } : null;
    return { jobs, running: false, progress: null, error, lastSuccessAt: null, stale: false, clockSkewMs: null };
  }
  const jobs = SYNC_JOB_IDS.map((id): SyncJobStatus => {
    const s = statuses[id];
    if (!jobAvailable(id, site)) return { id, state: 'unavailable', done: 0, total: null, lastSuccessAt: null };
    const state = input.locked && s.state === 'running' ? 'paused' : s.state;
    const job: SyncJobStatus = { id, state, done: s.done, total: s.total, lastSuccessAt: s.lastSuccessAt };
    if (s.continuesAt !== undefined && state !== 'running') job.continuesAt = s.continuesAt;
    if (s.error && state === 'failed')
      job.error = {
        kind: s.error.kind,
        message: s.error.message,
        ...(s.error.detail ? { detail: s.error.detail } : {}),
      };
    return job;
  });
  const active = jobs.find((j) => j.state === 'running');
  const failed = SYNC_JOB_IDS.map((id) => ({ id, s: statuses[id] }))
    .filter(({ id, s }) => jobAvailable(id, site) && s.state === 'failed' && s.error)
    .sort((a, b) => (b.s.error?.at ?? 0) - (a.s.error?.at ?? 0))[0];
  let error: SyncError | null = null;
  if (input.locked) error = { reason: 'locked', at: now };
  else if (failed?.s.error) {
    const e = failed.s.error;
    error = { reason: reasonOf(e), at: e.at, job: failed.id, kind: e.kind, ...(e.detail ? { detail: e.detail } : {}) };
    if (e.retryAt !== undefined) error.retryAt = e.retryAt;
    if (error.reason === 'clock-skew' && input.clockSkewMs !== null) error.skewMs = -input.clockSkewMs;
  }
  const shown = [statuses.customers.lastSuccessAt, statuses.money.lastSuccessAt];
  const lastSuccessAt = shown.some((t) => t === null) ? null : Math.min(...(shown as number[]));
  const overdue =
    statuses.money.lastSuccessAt !== null &&
    now - statuses.money.lastSuccessAt > 2 * settings.syncMinutes.money * 60_000;
  return {
    jobs,
    running: input.running && !input.locked,
    progress: input.running && active ? { done: active.done, total: active.total } : null,
    error,
    lastSuccessAt,
    stale: error !== null || overdue,
    clockSkewMs: input.clockSkewMs,
  };
}
