/**
 * "Resources to renew" within 7/15/30 days (customer details page, partner-center.md §1.3). Buckets are
 * cumulative like the page's filters: a resource expiring in 3 days is in 7, 15 and 30. Distances are exact
 * elapsed time (days × 24 h) from now, not calendar days.
 */
import { DAY_MS, parseInstant } from './time';

export const EXPIRY_WINDOWS = [7, 15, 30] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

export interface Expiring {
  expireTime?: string | null;
}

/** Smallest window containing the expiry; 'expired' if already past; null if later than 30 days or unknown. */
export function expiryWindow(expireTime: string | null | undefined, now: number): ExpiryWindow | 'expired' | null {
  const at = parseInstant(expireTime);
  if (at === null) return null;
  if (at <= now) return 'expired';
  return EXPIRY_WINDOWS.find((d) => at - now <= d * DAY_MS) ?? null;
}

export interface ExpiryBuckets<T> {
  expired: T[];
  within7: T[];
  within15: T[];
  within30: T[];
}

/** Each list sorted soonest first; items with no or unparseable expiry are left out. */
export function bucketByExpiry<T extends Expiring>(items: readonly T[], now: number): ExpiryBuckets<T> {
  const out: ExpiryBuckets<T> = { expired: [], within7: [], within15: [], within30: [] };
  const sorted = items
    .map((item) => ({ item, at: parseInstant(item.expireTime) }))
    .filter((e): e is { item: T; at: number } => e.at !== null)
    .sort((a, b) => a.at - b.at);
  for (const { item, at } of sorted) {
    if (at <= now) {
      out.expired.push(item);
      continue;
    }
    const left = at - now;
    if (left <= 7 * DAY_MS) out.within7.push(item);
    if (left <= 15 * DAY_MS) out.within15.push(item);
    if (left <= 30 * DAY_MS) out.within30.push(item);
  }
  return out;
}

/** Whole days left (ceil: 1.2 days shows as "2 days"); negative when expired; null when unknown. */
export function daysUntil(expireTime: string | null | undefined, now: number): number | null {
  const at = parseInstant(expireTime);
  return at === null ? null : Math.ceil((at - now) / DAY_MS);
}
