/**
 * Sync messages (extension pages only). Progress reaches the popup by polling `sync.status` (about once a
 * second while `running`): the status is persisted in IndexedDB after every page, so it is right even
 * after the service worker was stopped and restarted mid-sync.
 */
import * as v from 'valibot';
import type { ApiErrorDetail, ApiErrorKind } from '../api/errors';

export const SYNC_JOB_IDS = ['customers', 'money', 'vouchers', 'resources'] as const;
export type SyncJobId = (typeof SYNC_JOB_IDS)[number];

/**
 * idle: nothing to do / not due · running: fetching now · paused: stopped because the vault is locked (resumes
 * on unlock) · failed: the last attempt failed (`error` says why; earlier data stays, marked stale) ·
 * unavailable: not offered on this site (vouchers on intl) or no API account.
 */
export type SyncJobState = 'idle' | 'running' | 'paused' | 'failed' | 'unavailable';

export interface SyncErrorInfo {
  kind: ApiErrorKind | 'locked' | 'internal';
  detail?: ApiErrorDetail;
  message: string;
  /** For 'unavailable': when the API host accepts requests again (the circuit breaker's cooldown end). */
  retryAt?: number;
}

export interface SyncJobStatus {
  id: SyncJobId;
  state: SyncJobState;
  /** Records (customers, resellers, vouchers, customers checked for resources) processed in the current/last pass. */
  done: number;
  /** Null until the first page told the total. */
  total: number | null;
  error?: SyncErrorInfo;
  /** Last complete pass. */
  lastSuccessAt: number | null;
  /**
   * Set while a pass that runs in bounded slices (resources: customers at risk, those who cannot buy first) is
   * not complete: `done` of `total` are checked so far, and the next slice starts at about this time.
   */
  continuesAt?: number;
}

/** The popup's one-line reading of a failure (components/sync-errors.ts words it). */
export type SyncErrorReason =
  | 'clock-skew'
  | 'auth'
  | 'permission'
  | 'not-a-partner'
  | 'wrong-site'
  | 'throttled'
  | 'network'
  | 'server'
  /** The API host's circuit breaker is open: nothing is sent until `retryAt`. */
  | 'unavailable'
  /** An answer that failed validation (broken JSON, wrong shape, too large): nothing was stored. */
  | 'malformed'
  | 'locked'
  | 'no-credentials'
  | 'unknown';

export interface SyncError {
  reason: SyncErrorReason;
  at: number;
  /** For 'clock-skew': local clock minus server clock, in ms. */
  skewMs?: number;
  /** For 'unavailable': when the sync tries again. */
  retryAt?: number;
  /** The job that failed and the typed ApiError fields, for the options page. */
  job?: SyncJobId;
  kind?: SyncErrorInfo['kind'];
  detail?: ApiErrorDetail;
}

export interface SyncStatus {
  jobs: SyncJobStatus[];
  /** While running: customers done of the running job (the popup's progress bar), else null. */
  progress: { done: number; total: number | null } | null;
  /** The most recent failure still standing (a later success clears it); null when none. */
  error: SyncError | null;
  running: boolean;
  /** Oldest successful completion among the available jobs; null before the first complete sync. */
  lastSuccessAt: number | null;
  /** The shown data is older than it should be (a failed job or an overdue refresh). */
  stale: boolean;
  /** Server − local clock, from the API's Date headers; null before any answer. */
  clockSkewMs: number | null;
}

export const requests = {
  'sync.status': v.strictObject({}),
  /** Starts a sync of the given jobs (all due-or-not when omitted) and answers at once with the status. */
  'sync.now': v.strictObject({ jobs: v.optional(v.pipe(v.array(v.picklist(SYNC_JOB_IDS)), v.maxLength(4))) }),
  /** Forgets every cached record and sync checkpoint (credentials and settings stay). */
  'sync.clearCache': v.strictObject({}),
} as const;

export interface Responses {
  'sync.status': SyncStatus;
  'sync.now': SyncStatus;
  'sync.clearCache': { cleared: true };
}

export const contentScriptTypes = [] as const;
