/** "Clear cache": every cached partner record, checkpoint and sync bookkeeping; credentials and settings stay. */
import type { Db } from '../cache/db';
import { SCOPED_STORES } from '../cache/schema';

/** Meta keys that belong to the cache (the rest of `meta` — counters — is kept). */
const CACHE_META_PREFIXES = ['sync-status|', 'notified|', 'clock-skew|', 'resources-checked|'];

export async function clearCache(db: Db): Promise<void> {
  const tx = db.transaction([...SCOPED_STORES, 'meta' as const], 'readwrite');
  const writes: Promise<unknown>[] = SCOPED_STORES.map((name) => tx.objectStore(name).clear());
  const meta = tx.objectStore('meta');
  for (const key of await meta.getAllKeys()) {
    if (CACHE_META_PREFIXES.some((p) => key.startsWith(p))) writes.push(meta.delete(key));
  }
  await Promise.all(writes);
  await tx.done;
}
