/**
 * Incentive details built to exercise every INC rule (partner-center.md §3): each scenario row differs from
 * "consumption × rate" for one documented reason, and says which rule a correct explainer must name.
 * Customers come from the dataset so the customer-mentions feature finds them too.
 */
import type { SiteDataset } from '../bss/types';

export type Remark =
  | 'not-covered'
  | 'contract-zero'
  | 'stored-value-card'
  | 'transferred'
  | 'partner-ineligible'
  | 'threshold-not-met'
  | 'frozen'
  | 'price-adjusted'
  | 'koo-select-no-id'
  | 'refund';

export interface IncentiveRowView {
  rowId: string;
  period: string;
  consumptionMonth: string;
  customerId: string;
  accountName: string;
  orderId: string;
  region: string;
  associationType: '1' | '2';
  programme: 'monthly' | 'quarterly';
  payout: 'voucher-quota' | 'return-to-account';
  listPrice: string;
  /** Percent as the page shows it ("90"); null when the page shows "--". */
  discountPercent: string | null;
  consumption: string;
  couponPaid: string;
  ratePercent: string;
  incentive: string;
  remarks: Remark[];
  /** The rule(s) this row was built for; empty for rows that match consumption × rate. */
  expectRules: string[];
}

type Scenario = Omit<IncentiveRowView, 'rowId' | 'customerId' | 'accountName' | 'orderId' | 'associationType'> & {
  cnOnly?: boolean;
};

function month(now: number, back: number): string {
  const d = new Date(now + 8 * 3_600_000);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
  return m.toISOString().slice(0, 7);
}

function scenarios(now: number, site: 'cn' | 'intl'): Scenario[] {
  const m2 = month(now, 2);
  const m1 = month(now, 1);
  const m0 = month(now, 0);
  const region = site === 'cn' ? 'cn-north-4' : 'ap-southeast-1';
  const base = {
    period: m2,
    consumptionMonth: m2,
    region,
    programme: 'monthly' as const,
    payout: 'return-to-account' as const,
    couponPaid: '0.00',
    ratePercent: '5',
    remarks: [] as Remark[],
    expectRules: [] as string[],
  };
  const row = (s: Partial<Scenario> & Pick<Scenario, 'listPrice' | 'consumption' | 'incentive'>): Scenario => ({
    ...base,
    discountPercent: '100',
    ...s,
  });
  return [
    row({ listPrice: '1000.00', discountPercent: '90', consumption: '900.00', incentive: '45.00' }),
    row({ listPrice: '200.00', consumption: '200.00', incentive: '10.00' }),
    row({
      listPrice: '500.00',
      consumption: '500.00',
      incentive: '0.00',
      remarks: ['not-covered'],
      expectRules: ['INC-01'],
    }),
    row({
      listPrice: '300.00',
      consumption: '300.00',
      incentive: '0.00',
      remarks: ['contract-zero'],
      expectRules: ['INC-01'],
    }),
    row({ listPrice: '640.00', consumption: '640.00', incentive: '32.00', period: m1, expectRules: ['INC-02'] }),
    row({
      listPrice: '-120.00',
      consumption: '-120.00',
      incentive: '-6.00',
      remarks: ['refund'],
      expectRules: ['INC-03'],
    }),
    row({
      listPrice: '800.00',
      consumption: '800.00',
      couponPaid: '300.00',
      incentive: '25.00',
      expectRules: ['INC-04'],
    }),
    row({
      listPrice: '1000.00',
      consumption: '1000.00',
      incentive: '0.00',
      remarks: ['stored-value-card'],
      expectRules: ['INC-05'],
    }),
    row({
      listPrice: '1000.00',
      discountPercent: '80',
      consumption: '750.00',
      incentive: '40.00',
      expectRules: ['INC-06'],
    }),
    row({
      listPrice: '400.00',
      consumption: '400.00',
      incentive: '0.00',
      remarks: ['transferred'],
      expectRules: ['INC-07'],
    }),
    row({
      listPrice: '260.00',
      consumption: '260.00',
      incentive: '0.00',
      remarks: ['partner-ineligible'],
      expectRules: ['INC-08'],
    }),
    row({
      listPrice: '900.00',
      consumption: '900.00',
      incentive: '0.00',
      programme: 'quarterly',
      remarks: ['threshold-not-met'],
      expectRules: ['INC-09'],
    }),
    row({
      listPrice: '360.00',
      consumption: '360.00',
      incentive: '18.00',
      remarks: ['frozen'],
      expectRules: ['INC-10'],
    }),
    row({
      listPrice: '420.00',
      consumption: '420.00',
      incentive: '21.00',
      region: 'ap-southeast-1',
      expectRules: ['INC-11'],
      cnOnly: true,
    }),
    row({
      listPrice: '700.00',
      consumption: '700.00',
      incentive: '35.00',
      remarks: ['price-adjusted'],
      expectRules: ['INC-12'],
    }),
    row({
      listPrice: '150.00',
      consumption: '150.00',
      incentive: '0.00',
      remarks: ['koo-select-no-id'],
      expectRules: ['INC-13'],
    }),
    row({ listPrice: '123.456789', consumption: '123.456789', incentive: '6.17', expectRules: ['INC-14'] }),
    row({
      listPrice: '500.00',
      consumption: '500.00',
      incentive: '25.00',
      payout: 'voucher-quota',
      expectRules: ['INC-15'],
    }),
    row({
      listPrice: '220.00',
      consumption: '220.00',
      incentive: '11.00',
      period: m0,
      consumptionMonth: m0,
      expectRules: ['INC-16'],
    }),
    row({
      listPrice: '330.00',
      consumption: '330.00',
      incentive: '16.50',
      period: '2024-05',
      consumptionMonth: '2024-05',
      expectRules: ['INC-17'],
    }),
    row({
      listPrice: '1000.00',
      discountPercent: null,
      consumption: '850.00',
      incentive: '42.50',
      expectRules: ['INC-18'],
    }),
  ];
}

export function incentiveDetails(data: SiteDataset, now: number): IncentiveRowView[] {
  const list = scenarios(now, data.site).filter((s) => !s.cnOnly || data.site === 'cn');
  return list.map(({ cnOnly: _cnOnly, ...s }, i) => {
    const c = data.customers[(i * 7) % Math.max(1, data.customers.length)];
    return {
      ...s,
      rowId: `INCD${String(i + 1).padStart(4, '0')}`,
      customerId: c?.customerId ?? '',
      accountName: c?.accountName ?? '',
      associationType: c?.associationType ?? '2',
      orderId: `CS${s.consumptionMonth.replace('-', '')}${String(1000 + i * 37).padStart(5, '0')}`,
    };
  });
}
