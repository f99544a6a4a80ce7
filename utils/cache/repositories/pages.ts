/** Writing one sync page: its records and (optionally) the job's checkpoint in a single transaction. */
import type { StoreNames } from 'idb';
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import type { AssistantDB } from '../schema';
import { allOrNothing } from '../tx';
import { type CheckpointInput, checkpointRecord } from './checkpoints';

export type PagedStore = 'customers' | 'vouchers' | 'resources' | 'orders';

/** A `meta` record committed with the page (e.g. which customers a sliced pass has checked). */
export interface MetaRecord {
  key: string;
  value: string;
}

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
  meta?: MetaRecord,
): Promise<void> {
  // Checkpoints must survive a crash; a cache page alone can be re-fetched. `meta` joins the transaction only
  // when needed: readwrite transactions over a common store queue behind each other (leases, job statuses).
  const stores: StoreNames<AssistantDB>[] = meta ? [name, 'checkpoints', 'meta'] : [name, 'checkpoints'];
  const tx = db.transaction(stores, 'readwrite', { durability: checkpoint ? 'strict' : 'relaxed' });
  const store = tx.objectStore(name);
  const writes: Promise<unknown>[] = records.map((record) => store.put(record));
  if (checkpoint) writes.push(tx.objectStore('checkpoints').put(checkpointRecord(scope, checkpoint)));
  if (meta) writes.push(tx.objectStore('meta').put(meta));
  await allOrNothing(tx, writes);
}
