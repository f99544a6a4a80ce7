import { describe, expect, it } from 'vitest';
import type { Voucher } from '@/utils/domain';
import {
  type IssuedCoupon,
  isUsableVoucher,
  summarizeVouchers,
  usableVouchers,
  vouchersExpiringWithin,
} from '@/utils/rules/vouchers';

const now = Date.parse('2024-06-01T00:00:00Z');
const coupon = (id: string, patch: Partial<IssuedCoupon> = {}): IssuedCoupon => ({
  couponId: id,
  customerId: 'c1',
  couponType: 1,
  status: 2,
  faceValue: '100',
  balance: '60.5',
  effectiveTime: '2024-01-01T00:00:00Z',
  expireTime: '2024-12-31T16:00:00Z',
  isFrozen: '0',
  ...patch,
});

describe('isUsableVoucher', () => {
  it.each<[string, Partial<IssuedCoupon>, boolean]>([
    ['usable', {}, true],
    ['cash coupon (type 4)', { couponType: 4 }, true],
    ['numeric balance', { balance: 1 }, true],
    ['no validity window', { effectiveTime: undefined, expireTime: undefined }, true],
    ['not activated (1)', { status: 1 }, false],
    ['used (3)', { status: 3 }, false],
    ['expired (4)', { status: 4 }, false],
    ['reclaimed (5)', { status: 5 }, false],
    ['zero balance', { balance: '0' }, false],
    ['garbage balance', { balance: 'NaN' }, false],
    ['frozen "1"', { isFrozen: '1' }, false],
    ['frozen true', { isFrozen: true }, false],
    ['frozen (domain Voucher field)', { isFrozen: undefined, frozen: true }, false],
    ['not yet effective', { effectiveTime: '2024-06-02T00:00:00Z' }, false],
    ['expired by time though status 2', { expireTime: '2024-06-01T00:00:00Z' }, false],
  ])('%s → %s', (_name, patch, usable) => {
    expect(isUsableVoucher(coupon('x', patch), now)).toBe(usable);
  });
});

describe('lists', () => {
  const list = [
    coupon('later', { expireTime: '2024-06-20T00:00:00Z', balance: '10' }),
    coupon('soon', { expireTime: '2024-06-03T00:00:00Z', balance: '20.25' }),
    coupon('edge', { expireTime: '2024-06-08T00:00:00Z', balance: '5' }),
    coupon('used', { status: 3, expireTime: '2024-06-02T00:00:00Z' }),
    coupon('frozen', { isFrozen: '1', expireTime: '2024-06-02T00:00:00Z' }),
    coupon('long'),
  ];

  it('keeps usable ones', () => {
    expect(usableVouchers(list, now).map((c) => c.couponId)).toEqual(['later', 'soon', 'edge', 'long']);
  });

  it.each([
    [7, ['soon', 'edge']],
    [1, []],
    [30, ['soon', 'edge', 'later']],
  ])('expiring within %i days, soonest first', (days, ids) => {
    expect(vouchersExpiringWithin(list, days, now).map((c) => c.couponId)).toEqual(ids);
  });

  it('summarises for the coupons card', () => {
    expect(summarizeVouchers(list, now)).toEqual({
      usableCount: 4,
      usableBalance: '95.75',
      expiringCount: 2,
      expiringBalance: '25.25',
      expiringDays: 7,
    });
  });
});

describe('domain types', () => {
  it('accepts the cached domain Voucher and ExpiringResource shapes', () => {
    const v: Voucher = {
      couponId: 'v',
      customerId: 'c',
      status: 2,
      couponType: 4,
      faceValue: '10',
      balance: '10',
      expireTime: '2024-06-05T00:00:00Z',
      frozen: false,
    };
    expect(vouchersExpiringWithin([v], 7, now)).toEqual([v]);
  });
});
