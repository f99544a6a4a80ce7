/**
 * Single-flight across contexts: a lease record with an owner and an expiry, taken and renewed in one
 * IndexedDB transaction (IndexedDB serialises overlapping readwrite transactions, also across contexts).
 * A worker killed mid-sync cannot release it, so it expires on its own; the holder renews it while it works.
 */
import type { Db } from '../cache/db';

export const LEASE_TTL_MS = 10_000;

interface Lease {
  owner: string;
  expiresAt: number;
}

function parse(value: unknown): Lease | null {
  if (typeof value !== 'string') return null;
  try {
    const lease: unknown = JSON.parse(value);
    if (typeof lease !== 'object' || lease === null) return null;
    const { owner, expiresAt } = lease as Record<string, unknown>;
    return typeof owner === 'string' && typeof expiresAt === 'number' ? { owner, expiresAt } : null;
  } catch {
    return null;
  }
}

export type LeaseResult = { ok: true } | { ok: false; retryInMs: number };

/** Takes or renews the lease `key` for `owner`; refuses while someone else holds an unexpired one. */
export async function acquireLease(
  db: Db,
  key: string,
  owner: string,
  now: number,
  ttlMs = LEASE_TTL_MS,
): Promise<LeaseResult> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const current = parse((await tx.store.get(key))?.value);
  if (current && current.owner !== owner && current.expiresAt > now) {
    await tx.done;
    return { ok: false, retryInMs: current.expiresAt - now };
  }
  await tx.store.put({ key, value: JSON.stringify({ owner, expiresAt: now + ttlMs } satisfies Lease) });
  await tx.done;
  return { ok: true };
}

export async function releaseLease(db: Db, key: string, owner: string): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const current = parse((await tx.store.get(key))?.value);
  if (current?.owner === owner) await tx.store.delete(key);
  await tx.done;
}
