/** Sync checkpoints: where each resumable job of a partner scope stands. */
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import type { CheckpointRecord } from '../schema';
import { scopedKey, scopeRange } from '../scope';
import { allOrNothing } from '../tx';

export type CheckpointInput = Omit<CheckpointRecord, 'partnerId' | 'site'>;

export function checkpointRecord(scope: PartnerScope, input: CheckpointInput): CheckpointRecord {
  return { ...input, partnerId: scope.partnerId, site: scope.site };
}

export function getCheckpoint(db: Db, scope: PartnerScope, jobId: string): Promise<CheckpointRecord | undefined> {
  return db.get('checkpoints', scopedKey(scope, jobId));
}

export async function putCheckpoint(db: Db, scope: PartnerScope, input: CheckpointInput): Promise<void> {
  const tx = db.transaction('checkpoints', 'readwrite', { durability: 'strict' });
  await allOrNothing(tx, [tx.store.put(checkpointRecord(scope, input))]);
}

export function deleteCheckpoint(db: Db, scope: PartnerScope, jobId: string): Promise<void> {
  return db.delete('checkpoints', scopedKey(scope, jobId));
}

export function listCheckpoints(db: Db, scope: PartnerScope): Promise<CheckpointRecord[]> {
  return db.getAll('checkpoints', scopeRange(scope));
}
