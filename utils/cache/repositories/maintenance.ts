/** Whole-scope housekeeping: the mark-and-sweep after a full sync pass, and forgetting a partner account. */
import type { PartnerScope } from '@/utils/domain';
import type { Db } from '../db';
import { SCOPED_STORES } from '../schema';
import { scopeRange } from '../scope';
import { allOrNothing } from '../tx';
import type { PagedStore } from './pages';

const SWEEP_CHUNK = 1000;

/**
 * Deletes the scope's rows in `store` not written by `runId` (customers unbound since the last pass) and
 * removes their money state with them. Call only after a complete pass whose total did not move.
 */
export async function sweepStale(db: Db, store: PagedStore, scope: PartnerScope, runId: string): Promise<number> {
  const tx = db.transaction([store, 'moneyStates', 'moneyHistory'], 'readwrite');
  const records = tx.objectStore(store);
  let removed = 0;
  // Chunked getAll instead of a cursor: one request per thousand rows instead of one per row.
  const sweep = async () => {
    let range = scopeRange(scope);
    for (;;) {
      const [keys, values] = await Promise.all([
        records.getAllKeys(range, SWEEP_CHUNK),
        records.getAll(range, SWEEP_CHUNK),
      ]);
      const deletes: Promise<unknown>[] = [];
      values.forEach((value, i) => {
        const key = keys[i];
        if (value.runId === runId || key === undefined) return;
        removed++;
        deletes.push(records.delete(key));
        if (store === 'customers') {
          deletes.push(tx.objectStore('moneyStates').delete(key), tx.objectStore('moneyHistory').delete(key));
        }
      });
      await Promise.all(deletes);
      const last = keys.at(-1);
      if (keys.length < SWEEP_CHUNK || last === undefined) return;
      range = IDBKeyRange.bound(last, [scope.partnerId, scope.site, []], true, false);
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
