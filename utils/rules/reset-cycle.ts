/**
 * Next reset of a resettable resource package (partner-center.md §4, bss-api.md §4.9):
 * quota_reuse_cycle 1 hour, 2 day, 3 week, 4 month, 5 year; quota_reuse_cycle_type 1 = natural calendar
 * boundary, 2 = subscription anniversary.
 *
 * Time zone: calendar boundaries are taken on the UTC+8 wall clock (Huawei bills in Beijing time, bss-api.md
 * §4.10), on both sites [I]; pass another offset if the live console disagrees. UTC+8 has no DST, so
 * hour/day/week steps are fixed lengths. Natural weeks start on Monday [I]. Anniversaries past the end of a
 * shorter month clamp to its last day and come back afterwards (Jan 31 → Feb 29 → Mar 31), always counted
 * from the original anchor, never from the previous clamped date.
 */
import { BILLING_OFFSET_MIN, DAY_MS, HOUR_MS } from './time';

export type ReuseCycle = 1 | 2 | 3 | 4 | 5;
export type ReuseCycleType = 1 | 2;
export type CycleUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export const CYCLE_UNITS: Readonly<Record<ReuseCycle, CycleUnit>> = {
  1: 'hour',
  2: 'day',
  3: 'week',
  4: 'month',
  5: 'year',
};

const FIXED_MS: Partial<Record<CycleUnit, number>> = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS };

/**
 * First reset strictly after `now` (epoch ms). `anchor` (the subscription start) is required for anniversary
 * cycles; returns null without it.
 */
export function nextReset(
  now: number,
  unit: CycleUnit,
  type: ReuseCycleType,
  anchor: number | null,
  offsetMin = BILLING_OFFSET_MIN,
): number | null {
  const shift = offsetMin * 60_000;
  if (type === 1) return nextNaturalBoundary(now + shift, unit) - shift;
  if (anchor === null) return null;
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) {
    const k = now < anchor ? 1 : Math.floor((now - anchor) / fixed) + 1;
    return anchor + k * fixed;
  }
  const step = unit === 'year' ? 12 : 1;
  const a = new Date(anchor + shift);
  const n = new Date(now + shift);
  // Start one step before the month distance (clamping can only move a date earlier) and walk forward.
  const months = (n.getUTCFullYear() - a.getUTCFullYear()) * 12 + (n.getUTCMonth() - a.getUTCMonth());
  let k = Math.max(1, Math.floor(months / step) - 1);
  for (;;) {
    const candidate = addMonthsClamped(anchor + shift, k * step) - shift;
    if (candidate > now) return candidate;
    k += 1;
  }
}

/** Adds months on a wall-clock instant, clamping the day to the target month's length. */
export function addMonthsClamped(wallMs: number, months: number): number {
  const d = new Date(wallMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

function nextNaturalBoundary(wallMs: number, unit: CycleUnit): number {
  const d = new Date(wallMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const midnight = Date.UTC(y, m, d.getUTCDate());
  switch (unit) {
    case 'hour':
      return Math.floor(wallMs / HOUR_MS) * HOUR_MS + HOUR_MS;
    case 'day':
      return midnight + DAY_MS;
    case 'week': {
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return midnight + (7 - sinceMonday) * DAY_MS;
    }
    case 'month':
      return Date.UTC(y, m + 1, 1);
    case 'year':
      return Date.UTC(y + 1, 0, 1);
  }
}
