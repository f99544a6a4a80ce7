/** What the end of one sync job leaves in its stored status (status-store.ts). */
import type { Db } from '../cache/db';
import type { PartnerScope } from '../domain';
import type { SyncErrorInfo, SyncJobId } from '../messages/sync';
import { errorInfo, SLICE_PAUSE_MS } from './plan';
import { updateJobStatus } from './status-store';

/**
 * A job ended well: complete, or a bounded slice of a longer pass whose rest continues after a pause, from its
 * checkpoint. The customers job also refreshes every balance, so it stands for the money job too.
 */
export async function recordSuccess(db: Db, scope: PartnerScope, job: SyncJobId, complete: boolean, at: number) {
  if (complete) {
    await updateJobStatus(db, scope, job, {
      state: 'idle',
      error: undefined,
      lastSuccessAt: at,
      continuesAt: undefined,
    });
  } else {
    await updateJobStatus(db, scope, job, { state: 'idle', error: undefined, continuesAt: at + SLICE_PAUSE_MS });
  }
  if (job === 'customers')
    await updateJobStatus(db, scope, 'money', { state: 'idle', error: undefined, lastSuccessAt: at });
}

/** A job failed: its typed error is stored (never raw text of others' errors) and returned. */
export async function recordFailure(
  db: Db,
  scope: PartnerScope,
  job: SyncJobId,
  error: unknown,
  at: number,
): Promise<SyncErrorInfo> {
  const info = errorInfo(error);
  await updateJobStatus(db, scope, job, { state: 'failed', error: { ...info, at } });
  return info;
}
