import { describe, expect, it } from 'vitest';
import type { AssociationType, CustomerStatus, FrozenState, MoneyState } from '@/utils/domain';
import {
  assessCustomer,
  bySeverity,
  customerStatus,
  isAtRisk,
  mostSevere,
  type StatusSettings,
  summarizeStatuses,
} from '@/utils/rules/status';

const cn = (balance: string, debt = '0'): MoneyState => ({
  site: 'cn',
  customerId: 'c',
  balance,
  debt,
  currency: 'CNY',
});
const intl = (budget: string, used: string): MoneyState => ({
  site: 'intl',
  customerId: 'c',
  budget,
  used,
  budgetType: 'MONTHLY',
  currency: 'USD',
});
const reseller = (frozen: FrozenState = 0) => ({ associationType: '2' as AssociationType, frozen });
const settings: StatusSettings = { lowAmount: '100', lowDays: 7 };

describe('customerStatus', () => {
  it.each<[string, AssociationType, FrozenState, MoneyState | null, string | null, CustomerStatus]>([
    ['referral, even with money', '1', 0, cn('-5'), null, 'not-applicable'],
    ['referral flagged frozen', '1', 1, null, null, 'not-applicable'],
    ['frozen account wins over blocked', '2', 1, cn('-5'), null, 'frozen'],
    ['frozen account+resources without money', '2', 2, null, null, 'frozen'],
    ['no money data', '2', 0, null, null, 'unknown'],
    ['garbage money data', '2', 0, cn('abc'), null, 'unknown'],
    ['cn balance 0', '2', 0, cn('0'), null, 'blocked'],
    ['cn balance negative', '2', 0, cn('-0.01'), null, 'blocked'],
    ['cn positive balance but arrears', '2', 0, cn('50', '12.5'), null, 'blocked'],
    ['cn under amount threshold', '2', 0, cn('99.99'), null, 'low'],
    ['cn at threshold is not low', '2', 0, cn('100'), null, 'ok'],
    ['cn under days threshold', '2', 0, cn('600'), '100', 'low'],
    ['cn exactly 7 days is not low', '2', 0, cn('700'), '100', 'ok'],
    ['cn 6.99 days is low', '2', 0, cn('699'), '100', 'low'],
    ['cn zero spend ignores days', '2', 0, cn('600'), '0', 'ok'],
    ['cn healthy', '2', 0, cn('5000'), '10', 'ok'],
    ['intl budget exhausted', '2', 0, intl('1000', '1000'), null, 'blocked'],
    ['intl over budget', '2', 0, intl('1000', '1200.5'), null, 'blocked'],
    ['intl little left', '2', 0, intl('1000', '950'), null, 'low'],
    ['intl healthy', '2', 0, intl('1000', '10'), null, 'ok'],
    ['intl invalid used', '2', 0, intl('1000', ''), null, 'unknown'],
  ])('%s', (_name, associationType, frozen, money, spend, expected) => {
    expect(customerStatus({ customer: { associationType, frozen }, money, averageDailySpend: spend }, settings)).toBe(
      expected,
    );
  });

  it('without settings never reports low', () => {
    expect(customerStatus({ customer: reseller(), money: cn('0.01') })).toBe('ok');
  });

  it('explains low with its reasons and days left', () => {
    expect(assessCustomer({ customer: reseller(), money: cn('50'), averageDailySpend: '20' }, settings)).toEqual({
      status: 'low',
      available: '50',
      daysLeft: 2,
      lowReasons: ['under-amount', 'under-days'],
    });
  });

  it('keeps the money figures for a frozen customer', () => {
    const a = assessCustomer({ customer: reseller(2), money: intl('100', '130') });
    expect(a).toMatchObject({ status: 'frozen', available: '-30' });
  });
});

describe('severity and summary', () => {
  it('sorts most severe first', () => {
    const list: CustomerStatus[] = ['ok', 'not-applicable', 'low', 'frozen', 'unknown', 'blocked'];
    expect([...list].sort(bySeverity)).toEqual(['frozen', 'blocked', 'low', 'unknown', 'ok', 'not-applicable']);
    expect(mostSevere(['ok', 'low', 'blocked'])).toBe('blocked');
    expect(mostSevere([])).toBeNull();
  });

  it.each<[CustomerStatus, boolean]>([
    ['blocked', true],
    ['frozen', true],
    ['low', false],
    ['ok', false],
    ['unknown', false],
    ['not-applicable', false],
  ])('isAtRisk(%s) = %s', (status, risk) => {
    expect(isAtRisk(status)).toBe(risk);
  });

  it('counts a list', () => {
    expect(summarizeStatuses(['ok', 'blocked', 'blocked', 'frozen', 'low', 'not-applicable'])).toEqual({
      frozen: 1,
      blocked: 2,
      low: 1,
      unknown: 0,
      ok: 1,
      'not-applicable': 1,
      total: 6,
      atRisk: 3,
    });
  });
});
