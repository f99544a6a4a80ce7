/** Small JSON records in the cache's `meta` store (sync status, leases, notified states). Background only. */
import type { Db } from '../cache/db';

export async function readMeta<T>(db: Db, key: string, guard: (value: unknown) => value is T): Promise<T | null> {
  const row = await db.get('meta', key);
  if (typeof row?.value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(row.value);
    return guard(parsed) ? parsed : null;
  } catch {
    // A damaged record is treated as absent: it is rebuilt by the next write.
    return null;
  }
}

export async function writeMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value: JSON.stringify(value) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Meta keys of one partner scope, e.g. `sync-status|<partnerId>|cn|customers`. */
export function scopedMetaKey(kind: string, scope: { partnerId: string; site: string }, ...rest: string[]): string {
  return [kind, scope.partnerId, scope.site, ...rest].join('|');
}
