import { describe, expect, it } from 'vitest';
import { INC_RULES, type IncentiveDetailRow, type IncRuleId } from '@/utils/rules/incentive-types';
import { explainIncentive } from '@/utils/rules/incentives';

// A plain row that triggers no rule: mainland region, reconciled in its own month (after 2024-06).
const plain: IncentiveDetailRow = {
  consumption: '1000',
  consumptionMonth: '2025-03',
  bookingMonth: '2025-03',
  regionCode: 'cn-north-4',
  rate: '0.05',
};

interface Case {
  rule: IncRuleId;
  key: string;
  row: Partial<IncentiveDetailRow>;
  shown?: string;
  currentMonth?: string;
  base: string;
  expected: string | null;
}

// One case per rule (partner-center.md §3). `base` is the incentive base the reconciliation ends at.
const cases: Case[] = [
  { rule: 'INC-01', key: 'incPolicyNoPerformance', row: { incentivePolicy: '2' }, base: '0', expected: '0' },
  { rule: 'INC-02', key: 'incTimingNextPeriod', row: { bookingMonth: '2025-04' }, base: '1000', expected: '50' },
  {
    rule: 'INC-03',
    key: 'incRefundNegative',
    row: { consumption: '-200', refund: true },
    base: '-200',
    expected: '-10',
  },
  { rule: 'INC-04', key: 'incCouponExcluded', row: { couponPaid: '300' }, base: '700', expected: '35' },
  {
    rule: 'INC-05',
    key: 'incStoredValueCardPurchase',
    row: { storedValueCardPurchase: true },
    base: '0',
    expected: '0',
  },
  {
    rule: 'INC-06',
    key: 'incListPriceBasis',
    row: { listPrice: '1200', discountFactor: '0.9', associationType: '2' },
    base: '1080',
    expected: '54',
  },
  { rule: 'INC-07', key: 'incPerformanceTransferred', row: { performanceTransferred: true }, base: '0', expected: '0' },
  { rule: 'INC-08', key: 'incPartnerNotEligible', row: { partnerEligible: false }, base: '0', expected: '0' },
  {
    rule: 'INC-09',
    key: 'incThresholdNotMet',
    row: { programme: 'quarterly', thresholdMet: false },
    base: '0',
    expected: '0',
  },
  { rule: 'INC-10', key: 'incFrozen', row: { frozen: true }, base: '1000', expected: '50' },
  { rule: 'INC-11', key: 'incOverseasRegion', row: { regionCode: 'ap-southeast-1' }, base: '1000', expected: '50' },
  { rule: 'INC-12', key: 'incPriceAdjusted', row: { priceAdjusted: true }, base: '1000', expected: '50' },
  {
    rule: 'INC-13',
    key: 'incKooGallerySelectNoPartnerId',
    row: { kooGallerySelect: true, partnerIdEntered: false },
    base: '0',
    expected: '0',
  },
  {
    rule: 'INC-14',
    key: 'incRounding',
    row: { consumption: '1000.12345678' },
    base: '1000.12345678',
    expected: '50.01',
  },
  {
    rule: 'INC-15',
    key: 'incPayoutFormula',
    row: { payoutMethod: 'voucher-quota', productTaxRate: '0.06', partnerTaxRate: '0.03' },
    base: '1000',
    expected: '50',
  },
  { rule: 'INC-16', key: 'incDataLag', row: { consumptionSource: 'summary' }, base: '1000', expected: '50' },
  {
    rule: 'INC-17',
    key: 'incAttributionChange',
    row: { consumptionMonth: '2024-05', bookingMonth: '2024-06' },
    base: '1000',
    expected: '50',
  },
  { rule: 'INC-18', key: 'incDiscountedConsumption', row: { listPrice: '1250' }, base: '1000', expected: '50' },
];

describe('explainIncentive: one case per rule', () => {
  it('covers every rule', () => {
    expect(cases.map((c) => c.rule)).toEqual([...INC_RULES]);
  });

  it('names no rule for a plain row that matches', () => {
    const r = explainIncentive({ row: plain, shownIncentive: '50' });
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ incentiveBase: '1000', expectedIncentive: '50', difference: '0', withinRounding: true });
  });

  it.each(cases)('$rule ($key)', ({ rule, key, row, shown, currentMonth, base, expected }) => {
    const r = explainIncentive({ row: { ...plain, ...row }, shownIncentive: shown, currentMonth });
    expect(r.findings.map((f) => [f.rule, f.key])).toContainEqual([rule, key]);
    expect(r.incentiveBase).toBe(base);
    expect(r.expectedIncentive).toBe(expected);
  });
});

describe('explainIncentive: details', () => {
  it('reconciles consumption → list-price basis → coupon exclusion → base', () => {
    const r = explainIncentive({
      row: { ...plain, listPrice: '1200', discountFactor: '0.9', couponPaid: '80' },
      shownIncentive: '50',
    });
    expect(r.steps.map((s) => [s.rule, s.key, s.delta, s.base])).toEqual([
      [null, 'incStepConsumption', '0', '1000'],
      ['INC-06', 'incStepListPriceBasis', '80', '1080'],
      ['INC-04', 'incStepCouponExcluded', '-80', '1000'],
    ]);
    expect(r).toMatchObject({ performance: '1000', expectedIncentive: '50', difference: '0' });
  });

  it('policy 13 keeps performance but pays no rebate', () => {
    const r = explainIncentive({ row: { ...plain, incentivePolicy: '13' }, shownIncentive: '0' });
    expect(r).toMatchObject({ performance: '1000', incentiveBase: '0', expectedIncentive: '0', difference: '0' });
    expect(r.steps.at(-1)).toMatchObject({ rule: 'INC-01', key: 'incStepNoRebate', delta: '-1000' });
  });

  it.each([
    [null, 'incPolicyNotCovered'],
    ['2', 'incPolicyNoPerformance'],
    ['13', 'incPolicyPerformanceOnly'],
  ] as const)('policy %s → %s', (incentivePolicy, key) => {
    const r = explainIncentive({ row: { ...plain, incentivePolicy } });
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'INC-01', key, kind: 'excludes' }));
  });

  it.each(['0', '1'] as const)('policy %s (covered) excludes nothing', (incentivePolicy) => {
    expect(explainIncentive({ row: { ...plain, incentivePolicy } }).findings).toEqual([]);
  });

  it('a contract setting the incentive to 0 is INC-01', () => {
    const r = explainIncentive({ row: { ...plain, contractZeroIncentive: true } });
    expect(r.findings.map((f) => f.key)).toEqual(['incContractZero']);
    expect(r.incentiveBase).toBe('0');
  });

  it('zero incentive on positive consumption with nothing else to blame points at the policy', () => {
    const r = explainIncentive({ row: { consumption: '500' }, shownIncentive: '0' });
    expect(r.findings).toEqual([{ rule: 'INC-01', kind: 'info', key: 'incPolicyCheck', params: [] }]);
  });

  it('does not point at the policy when timing already explains a zero', () => {
    const r = explainIncentive({ row: { ...plain, bookingMonth: '2025-04' }, shownIncentive: '0' });
    expect(r.findings.map((f) => f.rule)).toEqual(['INC-02']);
  });

  it('current-month consumption is not booked yet and lags (INC-02, INC-16)', () => {
    const r = explainIncentive({ row: { ...plain, bookingMonth: undefined }, currentMonth: '2025-03' });
    expect(r.findings.map((f) => f.key)).toEqual(['incTimingNotYetBooked', 'incDataLag']);
  });

  it('quarterly programme with unknown threshold is pending (INC-09 timing)', () => {
    const r = explainIncentive({ row: { ...plain, programme: 'quarterly' } });
    expect(r.findings).toEqual([{ rule: 'INC-09', kind: 'timing', key: 'incThresholdPending', params: ['quarterly'] }]);
  });

  it.each([
    ['one cent under', plain, '49.99', '-0.01', true],
    ['truncated instead of rounded', { ...plain, consumption: '1000.1' }, '50', '-0.01', true],
    ['sub-cent', { ...plain, consumption: '999.9' }, '49.991', '-0.009', true],
    ['two cents', plain, '50.02', '0.02', false],
  ])('%s: difference %s', (_name, row, shown, difference, within) => {
    const r = explainIncentive({ row, shownIncentive: shown });
    expect(r).toMatchObject({ difference, withinRounding: within });
    const rounding = r.findings.find((f) => f.rule === 'INC-14');
    expect(rounding?.params).toEqual(within ? [difference] : undefined);
  });

  it('INC-15 computes the settled amount: incl. product tax ÷ (1 + 6%) × (1 + 3%)', () => {
    const r = explainIncentive({
      row: { ...plain, payoutMethod: 'return-unpaid-invoice', productTaxRate: '0.06', partnerTaxRate: '0.03' },
    });
    expect(r.expectedSettled).toBe('48.58');
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'INC-15', params: ['return-unpaid-invoice', '48.58'] }),
    );
  });

  it.each(['bank-transfer', 'return-to-account'] as const)('INC-15 is silent for %s', (payoutMethod) => {
    const r = explainIncentive({ row: { ...plain, payoutMethod } });
    expect(r.findings).toEqual([]);
    expect(r.expectedSettled).toBeNull();
  });

  it('without a rate there is no expected amount or difference', () => {
    const r = explainIncentive({ row: { ...plain, rate: undefined }, shownIncentive: '12' });
    expect(r).toMatchObject({ expectedIncentive: null, difference: null, withinRounding: false, shownIncentive: '12' });
  });

  it('a negative row without a refund flag is still INC-03', () => {
    const r = explainIncentive({ row: { ...plain, consumption: '-5' } });
    expect(r.findings.map((f) => f.rule)).toEqual(['INC-03']);
  });
});

describe('explainIncentive: combinations', () => {
  it('coupon-paid part plus a stored-value-card purchase: all reported, base zeroed once', () => {
    const r = explainIncentive({
      row: { ...plain, couponPaid: '100', storedValueCardPurchase: true, performanceTransferred: true },
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['INC-04', 'INC-05', 'INC-07']);
    expect(r.steps.map((s) => [s.rule, s.base])).toEqual([
      [null, '1000'],
      ['INC-04', '900'],
      ['INC-05', '0'],
    ]);
    expect(r.expectedIncentive).toBe('0');
  });

  it('overseas, discounted, booked next month, frozen', () => {
    const r = explainIncentive({
      row: {
        ...plain,
        regionCode: 'la-south-2',
        listPrice: '1100',
        bookingMonth: '2025-04',
        frozen: true,
        priceAdjusted: true,
      },
      shownIncentive: '0',
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['INC-02', 'INC-10', 'INC-11', 'INC-12', 'INC-18']);
    expect(r.findings.every((f) => f.kind !== 'excludes')).toBe(true);
    expect(r.difference).toBe('-50');
  });

  it('a refund of a coupon-paid order stays negative after the exclusion', () => {
    const r = explainIncentive({ row: { ...plain, consumption: '-300', refund: true, couponPaid: '100' } });
    expect(r.incentiveBase).toBe('-400');
    expect(r.findings.map((f) => f.rule)).toEqual(['INC-03', 'INC-04']);
  });

  it('old-period row with a threshold not met and policy 13', () => {
    const r = explainIncentive({
      row: {
        ...plain,
        consumptionMonth: '2024-03',
        bookingMonth: '2024-04',
        incentivePolicy: '13',
        thresholdMet: false,
      },
    });
    expect(r.findings.map((f) => [f.rule, f.key])).toEqual([
      ['INC-01', 'incPolicyPerformanceOnly'],
      ['INC-02', 'incTimingNextPeriod'],
      ['INC-09', 'incThresholdNotMet'],
      ['INC-17', 'incAttributionChange'],
    ]);
    expect(r).toMatchObject({ performance: '1000', incentiveBase: '0' });
  });
});
