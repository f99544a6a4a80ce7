import { describe, expect, it } from 'vitest';
import { billingMonthOf, parseInstant } from '@/utils/rules/time';

describe('parseInstant', () => {
  it.each([
    ['2024-01-31T16:00:00Z', '2024-01-31T16:00:00.000Z'],
    ['2024-01-31T16:00:00.123Z', '2024-01-31T16:00:00.000Z'],
    ['2024-02-01T00:00:00+08:00', '2024-01-31T16:00:00.000Z'],
    ['2024-02-01T00:00:00+0800', '2024-01-31T16:00:00.000Z'],
    ['2024-01-31T10:00:00-05:30', '2024-01-31T15:30:00.000Z'],
    ['2024-01-31 16:00:00', '2024-01-31T16:00:00.000Z'],
    ['2024-01-31T16:00Z', '2024-01-31T16:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s → %s', (text, expected) => {
    const ms = parseInstant(text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(expected);
  });

  it.each([
    [''],
    [null],
    [undefined],
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-01-01T24:00:00Z'],
    ['2024-01-01T10:60:00Z'],
    ['yesterday'],
    ['1706716800000'],
  ])('rejects %s', (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});

describe('billingMonthOf', () => {
  it.each([
    ['2024-01-31T15:59:59Z', '2024-01'],
    ['2024-01-31T16:00:00Z', '2024-02'],
    ['2024-12-31T16:00:00Z', '2025-01'],
  ])('%s is in %s (UTC+8)', (iso, month) => {
    expect(billingMonthOf(Date.parse(iso))).toBe(month);
  });
});
