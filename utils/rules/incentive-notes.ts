/**
 * Incentive rules that explain without moving money in the reconciliation: timing, freezing, region,
 * price adjustments, rounding, payout, data lag, attribution (partner-center.md §3).
 */
import type { DecimalString } from '@/utils/domain';
import type {
  IncentiveExplainInput,
  IncentiveMessageKey,
  IncFinding,
  IncFindingKind,
  IncRuleId,
} from './incentive-types';
import { addMoney, compareMoney, decimalPlaces, divideMoney, isNegative, multiplyMoney, roundMoney } from './money';

export function finding(
  rule: IncRuleId,
  kind: IncFindingKind,
  key: IncentiveMessageKey,
  ...params: Array<string | number>
): IncFinding {
  return { rule, kind, key, params };
}

/** INC-17: bill periods follow consumption time from this month on (API revision notes, §3). */
export const ATTRIBUTION_CHANGE_MONTH = '2024-06';

/** Informational findings that depend only on the row, not on the computed base. */
export function noteFindings({ row, currentMonth }: IncentiveExplainInput): IncFinding[] {
  const out: IncFinding[] = [];
  const { consumptionMonth: cm, bookingMonth: bm } = row;
  // INC-02: this month's consumption is booked in a later reconciliation period.
  if (cm && bm && cm !== bm) out.push(finding('INC-02', 'timing', 'incTimingNextPeriod', cm, bm));
  else if (cm && !bm && currentMonth && cm >= currentMonth)
    out.push(finding('INC-02', 'timing', 'incTimingNotYetBooked', cm));
  if (row.refund || isNegative(row.consumption)) out.push(finding('INC-03', 'info', 'incRefundNegative'));
  if ((row.programme === 'quarterly' || row.programme === 'yearly') && row.thresholdMet === undefined) {
    out.push(finding('INC-09', 'timing', 'incThresholdPending', row.programme));
  }
  if (row.frozen) out.push(finding('INC-10', 'info', 'incFrozen'));
  // INC-11: non-mainland regions ("ap-…", "la-…", "af-…") count at other ratios [I: any code not "cn-"].
  if (row.regionCode && !row.regionCode.startsWith('cn-')) {
    out.push(finding('INC-11', 'info', 'incOverseasRegion', row.regionCode));
  }
  if (row.priceAdjusted) out.push(finding('INC-12', 'info', 'incPriceAdjusted'));
  if (decimalPlaces(row.consumption) > 2) out.push(finding('INC-14', 'info', 'incRounding', row.consumption));
  if (row.consumptionSource === 'summary' || (cm && currentMonth && cm === currentMonth)) {
    out.push(finding('INC-16', 'info', 'incDataLag'));
  }
  const months = [cm, bm].filter((m): m is string => Boolean(m));
  if (months.some((m) => m < ATTRIBUTION_CHANGE_MONTH)) {
    out.push(finding('INC-17', 'info', 'incAttributionChange', ATTRIBUTION_CHANGE_MONTH));
  }
  // INC-18: shown consumption differs from list price but no discount factor lets us rebuild the basis.
  if (
    row.listPrice !== undefined &&
    row.discountFactor === undefined &&
    compareMoney(row.listPrice, row.consumption) !== 0
  ) {
    out.push(finding('INC-18', 'info', 'incDiscountedConsumption', row.consumption, row.listPrice));
  }
  return out;
}

/** INC-15: voucher quota and "return to account, unpaid invoice" need no partner invoice: incl. product tax
 * ÷ (1 + product tax) × (1 + partner tax). Returns the finding and, when computable, the settled amount. */
export function payoutFinding(
  input: IncentiveExplainInput,
  expected: DecimalString | null,
): { finding: IncFinding | null; settled: DecimalString | null } {
  const { payoutMethod, productTaxRate, partnerTaxRate } = input.row;
  if (payoutMethod !== 'voucher-quota' && payoutMethod !== 'return-unpaid-invoice')
    return { finding: null, settled: null };
  const settled =
    expected !== null && productTaxRate !== undefined && partnerTaxRate !== undefined
      ? settle(expected, productTaxRate, partnerTaxRate)
      : null;
  return { finding: finding('INC-15', 'info', 'incPayoutFormula', payoutMethod, settled ?? ''), settled };
}

function settle(amount: DecimalString, productTax: DecimalString, partnerTax: DecimalString): DecimalString {
  const net = divideMoney(amount, addMoney('1', productTax)) ?? '0';
  return roundMoney(multiplyMoney(net, addMoney('1', partnerTax)), 2);
}
