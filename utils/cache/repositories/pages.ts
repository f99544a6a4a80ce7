/** Writing one sync page: its records and (optionally) the job's checkpoint in a single transaction. */
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import type { AssistantDB } from '../schema';
import { allOrNothing } from '../tx';
import { type CheckpointInput, checkpointRecord } from './checkpoints';

export type PagedStore = 'customers' | 'vouchers' | 'resources' | 'orders';

/**
 * Puts `records` and the checkpoint together: both commit or neither does, so a worker killed mid-page
 * re-fetches that page instead of skipping it. Re-reading a page is harmless (upsert by primary key).
 */
export async function writePage<N extends PagedStore>(
  db: Db,
  name: N,
  scope: PartnerScope,
  records: readonly AssistantDB[N]['value'][],
  checkpoint?: CheckpointInput,
): Promise<void> {
  // Checkpoints must survive a crash; a cache page alone can be re-fetched.
  const tx = db.transaction([name, 'checkpoints'], 'readwrite', { durability: checkpoint ? 'strict' : 'relaxed' });
  const store = tx.objectStore(name);
  const writes: Promise<unknown>[] = records.map((record) => store.put(record));
  if (checkpoint) writes.push(tx.objectStore('checkpoints').put(checkpointRecord(scope, checkpoint)));
  await allOrNothing(tx, writes);
}
