import { describe, expect, it } from 'vitest';
import type { CustomerLevel } from '@/utils/domain';
import { arrearsPeriods, type ConsequenceInput, explainConsequence } from '@/utils/rules/consequence';

describe('arrearsPeriods', () => {
  it.each<[CustomerLevel, number, number, number, number]>([
    ['V5', 7, 15, 7, 15],
    ['V4', 7, 7, 1, 7],
    ['V3', 7, 7, 1, 7],
    ['V2', 1, 7, 0, 7],
    ['V1', 1, 7, 0, 7],
    ['V0', 1, 1, 0, 1],
  ])('China %s: %i/%i yearly-monthly, %i/%i pay-per-use', (level, ymG, ymR, ppuG, ppuR) => {
    expect(arrearsPeriods('cn', level)).toEqual({
      periods: {
        yearlyMonthlyGraceDays: ymG,
        yearlyMonthlyRetentionDays: ymR,
        payPerUseGraceDays: ppuG,
        payPerUseRetentionDays: ppuR,
      },
      levelAssumed: false,
    });
  });

  it('assumes the shortest (V0) when the level is unknown', () => {
    expect(arrearsPeriods('cn')).toMatchObject({ periods: { payPerUseRetentionDays: 1 }, levelAssumed: true });
  });

  it('intl is 15/15 whatever the level', () => {
    expect(arrearsPeriods('intl', 'V0').periods.payPerUseGraceDays).toBe(15);
  });
});

const keys = (input: ConsequenceInput) => explainConsequence(input)?.effects.map((e) => e.key);

describe('explainConsequence', () => {
  it.each(['ok', 'unknown', 'not-applicable'] as const)('has nothing to say for %s', (status) => {
    expect(explainConsequence({ site: 'cn', status, customer: { frozen: 0 } })).toBeNull();
  });

  it('China blocked V3: no purchase, lifecycle with the level periods, allocate or voucher', () => {
    const c = explainConsequence({ site: 'cn', status: 'blocked', customer: { level: 'V3', frozen: 0 } });
    expect(c?.effects).toEqual([
      { key: 'consequenceCnNoPurchaseOrRenewal', params: [] },
      { key: 'consequencePayPerUseLifecycle', params: [1, 7] },
      { key: 'consequenceYearlyMonthlyLifecycle', params: [7, 7] },
    ]);
    expect(c?.fixes).toEqual(['allocate-funds', 'issue-voucher']);
  });

  it('China blocked with arrears: coupons cannot pay arrears, so no voucher fix', () => {
    const c = explainConsequence({
      site: 'cn',
      status: 'blocked',
      customer: { level: 'V5', frozen: 0 },
      hasDebt: true,
    });
    expect(c?.effects.at(-1)?.key).toBe('consequenceNoteCouponsCannotPayArrears');
    expect(c?.fixes).toEqual(['allocate-funds']);
  });

  it('China without a level says it assumed V0', () => {
    expect(keys({ site: 'cn', status: 'blocked', customer: { frozen: 0 } })).toContain('consequenceCnLevelUnknown');
  });

  it.each([
    ['MONTHLY', 'consequenceIntlBudgetRestoresMonthly'],
    ['PACKAGE', 'consequenceIntlBudgetOneTime'],
  ] as const)('intl blocked, %s budget', (budgetType, budgetKey) => {
    const c = explainConsequence({ site: 'intl', status: 'blocked', customer: { frozen: 0 }, budgetType });
    expect(c?.effects.map((e) => e.key)).toEqual([
      'consequenceIntlYearlyMonthlyBlocked',
      'consequenceIntlPayPerUseContinues',
      'consequenceIntlBudgetListPrice',
      budgetKey,
      'consequenceIntlMayAutoFreeze',
    ]);
    expect(c?.fixes).toEqual(['set-budget']);
    expect(c?.periods.payPerUseRetentionDays).toBe(15);
  });

  it.each([
    [1, 'consequenceFrozenAccount', []],
    [2, 'consequenceFrozenAccountAndResource', [15]],
  ] as const)('frozen %i reports its freeze type', (frozen, key, params) => {
    const c = explainConsequence({ site: 'intl', status: 'frozen', customer: { frozen }, moneyExhausted: false });
    expect(c?.effects).toEqual([{ key, params }]);
    expect(c?.fixes).toEqual(['unfreeze']);
  });

  it.each([
    ['intl', undefined, ['unfreeze', 'set-budget']],
    ['cn', undefined, ['unfreeze', 'allocate-funds', 'issue-voucher']],
    ['cn', true, ['unfreeze', 'allocate-funds', 'issue-voucher']],
  ] as const)('frozen on %s with money exhausted=%s offers %j', (site, moneyExhausted, fixes) => {
    const c = explainConsequence({ site, status: 'frozen', customer: { frozen: 1, level: 'V1' }, moneyExhausted });
    expect(c?.fixes).toEqual(fixes);
  });

  it('frozen and out of money lists both', () => {
    expect(keys({ site: 'cn', status: 'frozen', customer: { frozen: 1, level: 'V1' }, moneyExhausted: true })).toEqual([
      'consequenceFrozenAccount',
      'consequenceCnNoPurchaseOrRenewal',
      'consequencePayPerUseLifecycle',
      'consequenceYearlyMonthlyLifecycle',
    ]);
  });

  it('low warns what will happen', () => {
    const c = explainConsequence({ site: 'cn', status: 'low', customer: { frozen: 0, level: 'V5' } });
    expect(c?.effects[0]?.key).toBe('consequenceLowWillBlock');
    expect(c?.fixes).toEqual(['allocate-funds', 'issue-voucher']);
  });
});
