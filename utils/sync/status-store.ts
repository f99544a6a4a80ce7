/** Per-job sync status of a scope, persisted in `meta` so progress and errors survive a worker restart. */
import type { Db } from '../cache/db';
import type { PartnerScope } from '../domain';
import { SYNC_JOB_IDS, type SyncErrorInfo, type SyncJobId, type SyncJobState } from '../messages/sync';
import { isRecord, readMeta, scopedMetaKey, writeMeta } from './meta';

export interface StoredJobStatus {
  state: SyncJobState;
  done: number;
  total: number | null;
  error?: SyncErrorInfo & { at: number };
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  /** A sliced pass is unfinished; its next slice is due at this time (plan.ts). */
  continuesAt?: number;
}

export const EMPTY_JOB_STATUS: StoredJobStatus = {
  state: 'idle',
  done: 0,
  total: null,
  lastSuccessAt: null,
  lastAttemptAt: null,
};

function isJobStatus(value: unknown): value is StoredJobStatus {
  return isRecord(value) && typeof value.state === 'string' && typeof value.done === 'number';
}

const key = (scope: PartnerScope, job: SyncJobId) => scopedMetaKey('sync-status', scope, job);

export async function readJobStatuses(db: Db, scope: PartnerScope): Promise<Record<SyncJobId, StoredJobStatus>> {
  const entries = await Promise.all(
    SYNC_JOB_IDS.map(
      async (job) => [job, (await readMeta(db, key(scope, job), isJobStatus)) ?? EMPTY_JOB_STATUS] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<SyncJobId, StoredJobStatus>;
}

/** Merges `patch` into the job's stored status and returns the result. */
export async function updateJobStatus(
  db: Db,
  scope: PartnerScope,
  job: SyncJobId,
  patch: Partial<StoredJobStatus>,
): Promise<StoredJobStatus> {
  const current = (await readMeta(db, key(scope, job), isJobStatus)) ?? EMPTY_JOB_STATUS;
  const next: StoredJobStatus = { ...current, ...patch };
  if (patch.error === undefined && 'error' in patch) delete next.error;
  if (patch.continuesAt === undefined && 'continuesAt' in patch) delete next.continuesAt;
  await writeMeta(db, key(scope, job), next);
  return next;
}

const skewKey = (scope: PartnerScope) => scopedMetaKey('clock-skew', scope);

export async function readClockSkew(db: Db, scope: PartnerScope): Promise<number | null> {
  return readMeta(db, skewKey(scope), (v): v is number => typeof v === 'number');
}

export async function writeClockSkew(db: Db, scope: PartnerScope, skewMs: number): Promise<void> {
  await writeMeta(db, skewKey(scope), skewMs);
}
