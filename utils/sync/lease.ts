/**
 * Single-flight across contexts: a lease record with an owner and an expiry, taken and renewed in one
 * IndexedDB transaction (IndexedDB serialises overlapping readwrite transactions, also across contexts).
 * A worker killed mid-sync cannot release it, so it expires on its own; the holder renews it while it works.
 *
 * Waiting out a dead worker's lease cost up to LEASE_TTL_MS per worker stop. Where the Web Locks API exists, a
 * run also holds an origin-wide lock, which the browser releases the moment its holder is stopped: whoever gets
 * that lock knows every earlier holder is gone and may take their unexpired lease over at once.
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
  /** The caller holds the run lock (see `withRunLock`): a foreign lease can only be a dead holder's. */
  takeOver = false,
): Promise<LeaseResult> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const current = parse((await tx.store.get(key))?.value);
  if (!takeOver && current && current.owner !== owner && current.expiresAt > now) {
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

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, fn: (lock: unknown) => Promise<T>): Promise<T>;
}

/**
 * Runs `fn` holding the Web Lock `name` when it is free (`exclusive` true), or returns 'busy' while a live context
 * holds it. Without the Web Locks API (Node tests) `fn` runs with `exclusive` false: the lease alone decides.
 */
export async function withRunLock<T>(name: string, fn: (exclusive: boolean) => Promise<T>): Promise<T | 'busy'> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks) return fn(false);
  return locks.request<T | 'busy'>(name, { ifAvailable: true }, (lock) => (lock ? fn(true) : Promise.resolve('busy')));
}
