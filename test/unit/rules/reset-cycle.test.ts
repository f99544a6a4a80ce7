import { describe, expect, it } from 'vitest';
import { addMonthsClamped, type CycleUnit, nextReset } from '@/utils/rules/reset-cycle';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('nextReset, natural calendar boundaries on UTC+8', () => {
  // 2024-01-15 10:30 in Beijing, a Monday.
  const now = t('2024-01-15T02:30:00Z');
  it.each<[CycleUnit, string]>([
    ['hour', '2024-01-15T03:00:00.000Z'],
    ['day', '2024-01-15T16:00:00.000Z'],
    ['week', '2024-01-21T16:00:00.000Z'],
    ['month', '2024-01-31T16:00:00.000Z'],
    ['year', '2024-12-31T16:00:00.000Z'],
  ])('%s → %s', (unit, expected) => {
    expect(iso(nextReset(now, unit, 1, null))).toBe(expected);
  });

  it.each([
    ['exactly at Beijing midnight moves to the next day', '2024-01-15T16:00:00Z', 'day', '2024-01-16T16:00:00.000Z'],
    ['Feb 1 01:00 Beijing is still Jan 31 in UTC', '2024-01-31T17:00:00Z', 'month', '2024-02-29T16:00:00.000Z'],
    ['Sunday 23:00 Beijing resets Monday 00:00', '2024-01-21T15:00:00Z', 'week', '2024-01-21T16:00:00.000Z'],
    ['Dec 31 20:00 UTC is already next year in Beijing', '2024-12-31T20:00:00Z', 'year', '2025-12-31T16:00:00.000Z'],
  ] as const)('%s', (_name, at, unit, expected) => {
    expect(iso(nextReset(t(at), unit, 1, null))).toBe(expected);
  });

  it('honours another offset (UTC)', () => {
    expect(iso(nextReset(t('2024-01-31T17:00:00Z'), 'month', 1, null, 0))).toBe('2024-02-01T00:00:00.000Z');
  });
});

describe('nextReset, subscription anniversaries', () => {
  const jan31 = t('2024-01-31T02:00:00Z'); // Jan 31 10:00 Beijing
  it.each<[string, number, string, CycleUnit, string]>([
    ['Jan 31 → Feb 29 (leap)', jan31, '2024-02-10T00:00:00Z', 'month', '2024-02-29T02:00:00.000Z'],
    ['Jan 31 → Mar 31, not Mar 29', jan31, '2024-03-01T00:00:00Z', 'month', '2024-03-31T02:00:00.000Z'],
    ['Jan 31 → Apr 30', jan31, '2024-04-01T00:00:00Z', 'month', '2024-04-30T02:00:00.000Z'],
    ['Jan 31 → Feb 28 (common year)', jan31, '2025-02-01T00:00:00Z', 'month', '2025-02-28T02:00:00.000Z'],
    ['at the anniversary itself → the next one', jan31, '2024-01-31T02:00:00Z', 'month', '2024-02-29T02:00:00.000Z'],
    [
      'anchored on the Beijing date',
      t('2024-01-30T17:00:00Z'),
      '2024-02-05T00:00:00Z',
      'month',
      '2024-02-28T17:00:00.000Z',
    ],
    ['years later', t('2024-01-15T02:00:00Z'), '2026-07-20T00:00:00Z', 'month', '2026-08-15T02:00:00.000Z'],
    ['Feb 29 yearly → Feb 28', t('2024-02-29T02:00:00Z'), '2025-01-01T00:00:00Z', 'year', '2025-02-28T02:00:00.000Z'],
    [
      'Feb 29 yearly → Feb 29 again in 2028',
      t('2024-02-29T02:00:00Z'),
      '2027-06-01T00:00:00Z',
      'year',
      '2028-02-29T02:00:00.000Z',
    ],
    ['daily', t('2024-01-15T05:00:00Z'), '2024-01-20T06:00:00Z', 'day', '2024-01-21T05:00:00.000Z'],
    [
      'weekly, exactly a week on',
      t('2024-01-15T05:00:00Z'),
      '2024-01-22T05:00:00Z',
      'week',
      '2024-01-29T05:00:00.000Z',
    ],
    ['hourly', t('2024-01-15T05:20:00Z'), '2024-01-15T07:00:00Z', 'hour', '2024-01-15T07:20:00.000Z'],
  ])('%s', (_name, anchor, now, unit, expected) => {
    expect(iso(nextReset(t(now), unit, 2, anchor))).toBe(expected);
  });

  it('needs an anchor', () => {
    expect(nextReset(t('2024-01-15T00:00:00Z'), 'month', 2, null)).toBeNull();
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2024-01-31T00:00:00Z', 1, '2024-02-29T00:00:00.000Z'],
    ['2024-01-31T00:00:00Z', 13, '2025-02-28T00:00:00.000Z'],
    ['2024-03-31T00:00:00Z', -1, '2024-02-29T00:00:00.000Z'],
    ['2024-12-15T08:00:00Z', 1, '2025-01-15T08:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(iso(addMonthsClamped(t(from), months))).toBe(expected);
  });
});
