import { describe, expect, it } from 'vitest';
import { type PackageQuotaInput, packageQuota } from '@/utils/rules/package-quota';

const now = Date.parse('2024-01-15T02:30:00Z');
const monthly: PackageQuotaInput = {
  quotaReuseMode: 1,
  quotaReuseCycle: 4,
  quotaReuseCycleType: 1,
  amount: '10',
  originalAmount: '40',
  effectiveTime: '2023-12-31T16:00:00Z',
  expireTime: '2024-12-31T16:00:00Z',
  status: 1,
};
const fixed: PackageQuotaInput = { ...monthly, quotaReuseMode: 2, quotaReuseCycle: undefined, amount: '25.5' };

describe('packageQuota', () => {
  it('resettable: X of Y left this month, resets on the 1st (Beijing)', () => {
    expect(packageQuota(monthly, now)).toEqual({
      state: 'active',
      mode: 'resettable',
      remaining: '10',
      total: '40',
      used: '30',
      cycle: 'month',
      resetsAt: '2024-01-31T16:00:00.000Z',
      expiresAt: '2024-12-31T16:00:00.000Z',
      message: { key: 'packageLeftThisCycle', params: ['10', '40', 'month', '2024-01-31T16:00:00.000Z'] },
    });
  });

  it('non-resettable: X of Y left until expiry', () => {
    const q = packageQuota(fixed, now);
    expect(q).toMatchObject({ state: 'active', mode: 'fixed', cycle: null, resetsAt: null, used: '14.5' });
    expect(q.message).toEqual({
      key: 'packageLeftUntilExpiry',
      params: ['25.5', '40', '2024-12-31T16:00:00.000Z'],
    });
  });

  it.each<[string, Partial<PackageQuotaInput>, string, string, ReadonlyArray<string>]>([
    [
      'anniversary on the 31st (Beijing)',
      { quotaReuseCycleType: 2, effectiveTime: '2023-12-31T02:00:00Z' },
      'active',
      'packageLeftThisCycle',
      ['10', '40', 'month', '2024-01-31T02:00:00.000Z'],
    ],
    [
      'resettable used up still resets',
      { amount: '0', status: 2 },
      'used-up',
      'packageUsedUpResets',
      ['40', '2024-01-31T16:00:00.000Z'],
    ],
    [
      'next reset falls after expiry',
      { expireTime: '2024-01-20T00:00:00Z' },
      'active',
      'packageLeftLastCycle',
      ['10', '40', '2024-01-20T00:00:00.000Z'],
    ],
    ['last cycle and used up', { expireTime: '2024-01-20T00:00:00Z', amount: '0' }, 'used-up', 'packageUsedUp', ['40']],
    ['unknown cycle type', { quotaReuseCycleType: undefined }, 'active', 'packageLeft', ['10', '40']],
    [
      'anniversary without any anchor',
      { quotaReuseCycleType: 2, effectiveTime: undefined },
      'active',
      'packageLeft',
      ['10', '40'],
    ],
    [
      'cycle start as fallback anchor',
      { quotaReuseCycleType: 2, effectiveTime: undefined, cycleStartTime: '2024-01-10T00:00:00Z' },
      'active',
      'packageLeftThisCycle',
      ['10', '40', 'month', '2024-02-10T00:00:00.000Z'],
    ],
    ['fixed used up', { ...fixed, amount: '0' }, 'used-up', 'packageUsedUp', ['40']],
    ['fixed used up by status', { ...fixed, status: 2 }, 'used-up', 'packageUsedUp', ['40']],
    ['fixed without expiry', { ...fixed, expireTime: undefined }, 'active', 'packageLeft', ['25.5', '40']],
    ['expired by status', { status: 3 }, 'expired', 'packageExpired', ['2024-12-31T16:00:00.000Z']],
    [
      'expired by time',
      { expireTime: '2024-01-15T02:30:00Z' },
      'expired',
      'packageExpired',
      ['2024-01-15T02:30:00.000Z'],
    ],
    ['unsubscribed', { status: 4 }, 'unsubscribed', 'packageUnsubscribed', []],
    [
      'not yet effective',
      { effectiveTime: '2024-02-01T00:00:00Z' },
      'not-effective',
      'packageNotEffective',
      ['2024-02-01T00:00:00.000Z'],
    ],
    ['not effective by status', { status: 0, effectiveTime: undefined }, 'not-effective', 'packageNotEffective', ['']],
    ['garbage amount', { amount: 'n/a' }, 'invalid', 'packageInvalid', []],
    [
      'numbers from the SDK',
      { amount: 12.5, originalAmount: 40 },
      'active',
      'packageLeftThisCycle',
      ['12.5', '40', 'month', '2024-01-31T16:00:00.000Z'],
    ],
  ])('%s', (_name, patch, state, key, params) => {
    const q = packageQuota({ ...monthly, ...patch }, now);
    expect(q.state).toBe(state);
    expect(q.message).toEqual({ key, params });
  });
});
