/** Whole-scope housekeeping: the mark-and-sweep after a full sync pass, and forgetting a partner account. */
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import { SCOPED_STORES } from '../schema';
import { scopeRange } from '../scope';
import { allOrNothing } from '../tx';
import type { PagedStore } from './pages';

/**
 * Deletes the scope's rows in `store` not written by `runId` (customers unbound since the last pass) and
 * removes their money state with them. Call only after a complete pass whose total did not move.
 */
export async function sweepStale(db: Db, store: PagedStore, scope: PartnerScope, runId: string): Promise<number> {
  const tx = db.transaction([store, 'moneyStates', 'moneyHistory'], 'readwrite');
  let removed = 0;
  const sweep = async () => {
    let cursor = await tx.objectStore(store).openCursor(scopeRange(scope));
    while (cursor) {
      if (cursor.value.runId !== runId) {
        removed++;
        const key = cursor.primaryKey;
        await cursor.delete();
        if (store === 'customers') {
          await tx.objectStore('moneyStates').delete(key);
          await tx.objectStore('moneyHistory').delete(key);
        }
      }
      cursor = await cursor.continue();
    }
  };
  await allOrNothing(tx, [sweep()]);
  return removed;
}

/** Deletes every cached record of a partner scope (the account was removed from the vault). */
export async function clearScope(db: Db, scope: PartnerScope): Promise<void> {
  const tx = db.transaction([...SCOPED_STORES], 'readwrite');
  await allOrNothing(
    tx,
    SCOPED_STORES.map((name) => tx.objectStore(name).delete(scopeRange(scope))),
  );
}
