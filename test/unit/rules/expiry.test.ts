import { describe, expect, it } from 'vitest';
import type { ExpiringResource } from '@/utils/domain';
import { bucketByExpiry, daysUntil, expiryWindow } from '@/utils/rules/expiry';

const now = Date.parse('2024-06-01T00:00:00Z');

describe('expiryWindow', () => {
  it.each([
    ['2024-05-31T23:59:59Z', 'expired'],
    ['2024-06-01T00:00:00Z', 'expired'],
    ['2024-06-01T00:00:01Z', 7],
    ['2024-06-08T00:00:00Z', 7],
    ['2024-06-08T00:00:01Z', 15],
    ['2024-06-16T00:00:00Z', 15],
    ['2024-07-01T00:00:00Z', 30],
    ['2024-07-01T00:00:01Z', null],
    [null, null],
    ['not a date', null],
  ])('%s → %s', (expireTime, window) => {
    expect(expiryWindow(expireTime, now)).toBe(window);
  });
});

describe('bucketByExpiry', () => {
  it('buckets cumulatively, soonest first, skipping unknown expiry', () => {
    const items = [
      { id: 'd20', expireTime: '2024-06-21T00:00:00Z' },
      { id: 'd3', expireTime: '2024-06-04T00:00:00Z' },
      { id: 'gone', expireTime: '2024-05-01T00:00:00Z' },
      { id: 'd10', expireTime: '2024-06-11T00:00:00Z' },
      { id: 'd60', expireTime: '2024-07-31T00:00:00Z' },
      { id: 'none', expireTime: null },
      { id: 'd1', expireTime: '2024-06-02T00:00:00Z' },
    ];
    const b = bucketByExpiry(items, now);
    const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
    expect(ids(b.expired)).toEqual(['gone']);
    expect(ids(b.within7)).toEqual(['d1', 'd3']);
    expect(ids(b.within15)).toEqual(['d1', 'd3', 'd10']);
    expect(ids(b.within30)).toEqual(['d1', 'd3', 'd10', 'd20']);
  });
});

describe('daysUntil', () => {
  it.each([
    ['2024-06-02T00:00:00Z', 1],
    ['2024-06-02T04:00:00Z', 2],
    ['2024-05-30T00:00:00Z', -2],
    [undefined, null],
  ])('%s → %s', (expireTime, days) => {
    expect(daysUntil(expireTime, now)).toBe(days);
  });
});

it('accepts the domain ExpiringResource', () => {
  const r: ExpiringResource = {
    resourceId: 'r',
    customerId: 'c',
    name: 'ecs',
    billing: 'subscription',
    serviceTypeCode: 'hws.service.type.ec2',
    status: 2,
    expireTime: '2024-06-03T00:00:00Z',
  };
  expect(bucketByExpiry([r], now).within7).toEqual([r]);
});
