/**
 * The incentive explainer: which INC rules explain why an incentive differs from consumption, and a
 * reconciliation consumption → excluded parts by rule → incentive base → × rate (partner-center.md §3).
 * Amounts in the input must already be valid DecimalStrings (validated at the API/page boundary).
 */
import type { DecimalString } from '@/utils/domain';
import { finding, noteFindings, payoutFinding } from './incentive-notes';
import type {
  IncentiveExplainInput,
  IncentiveExplanation,
  IncentiveMessageKey,
  IncFinding,
  IncRuleId,
  ReconStep,
} from './incentive-types';
import {
  absMoney,
  addMoney,
  compareMoney,
  isPositive,
  isZero,
  multiplyMoney,
  negateMoney,
  roundMoney,
  subtractMoney,
} from './money';

/**
 * Up to one cent either way is rounding (INC-14): Huawei rates to 8 decimals and charges to the cent by
 * truncating (抹零), while we round half up, so the two can differ by exactly ¥0.01.
 */
export const ROUNDING_TOLERANCE = '0.01';

export function explainIncentive(input: IncentiveExplainInput): IncentiveExplanation {
  const { row } = input;
  const findings: IncFinding[] = [];
  const steps: ReconStep[] = [];
  let base = row.consumption;
  const step = (rule: IncRuleId | null, key: IncentiveMessageKey, delta: DecimalString, ...params: string[]) => {
    base = addMoney(base, delta);
    steps.push({ rule, key, delta, base, params });
  };
  step(null, 'incStepConsumption', '0', row.consumption);

  // INC-06: performance is list price × customer/settlement discount, not what was charged.
  if (row.listPrice !== undefined && row.discountFactor !== undefined) {
    const basis = multiplyMoney(row.listPrice, row.discountFactor);
    findings.push(finding('INC-06', 'adjusts', 'incListPriceBasis', row.listPrice, row.discountFactor, basis));
    if (compareMoney(basis, base) !== 0) step('INC-06', 'incStepListPriceBasis', subtractMoney(basis, base), basis);
  }
  // INC-04: coupon-paid consumption is not performance.
  if (row.couponPaid !== undefined && isPositive(row.couponPaid)) {
    findings.push(finding('INC-04', 'excludes', 'incCouponExcluded', row.couponPaid));
    step('INC-04', 'incStepCouponExcluded', negateMoney(row.couponPaid), row.couponPaid);
  }
  // Rules that remove the whole row from performance; the first one zeroes the base, all are reported.
  for (const [rule, key] of performanceExclusions(input)) {
    findings.push(finding(rule, 'excludes', key));
    if (!isZero(base)) step(rule, 'incStepExcluded', negateMoney(base), rule);
  }
  const performance = base;
  // Rules that keep performance but pay no rebate on it.
  for (const [rule, key] of rebateExclusions(input)) {
    findings.push(finding(rule, 'excludes', key));
    if (!isZero(base)) step(rule, 'incStepNoRebate', negateMoney(base), rule);
  }
  const incentiveBase = base;

  const expected = row.rate === undefined ? null : roundMoney(multiplyMoney(incentiveBase, row.rate), 2);
  const payout = payoutFinding(input, expected);
  if (payout.finding) findings.push(payout.finding);
  findings.push(...noteFindings(input));

  const shown = input.shownIncentive ?? null;
  const difference = shown !== null && expected !== null ? subtractMoney(shown, expected) : null;
  const withinRounding = difference !== null && compareMoney(absMoney(difference), ROUNDING_TOLERANCE) <= 0;
  if (difference !== null && withinRounding && !isZero(difference) && !findings.some((f) => f.rule === 'INC-14')) {
    findings.push(finding('INC-14', 'info', 'incRounding', difference));
  }
  // Consumption with a zero incentive and nothing else to blame: point at the policy (INC-01).
  if (shown !== null && isZero(shown) && isPositive(row.consumption) && !findings.some(blamesZero)) {
    findings.push(finding('INC-01', 'info', 'incPolicyCheck'));
  }
  findings.sort((a, b) => a.rule.localeCompare(b.rule));
  return {
    findings,
    steps,
    performance,
    incentiveBase,
    expectedIncentive: expected,
    expectedSettled: payout.settled,
    shownIncentive: shown,
    difference,
    withinRounding,
  };
}

function blamesZero(f: IncFinding): boolean {
  return f.kind === 'excludes' || f.kind === 'timing' || f.rule === 'INC-10';
}

type Exclusion = readonly [IncRuleId, IncentiveMessageKey];

function performanceExclusions({ row }: IncentiveExplainInput): Exclusion[] {
  const out: Exclusion[] = [];
  if (row.incentivePolicy === null) out.push(['INC-01', 'incPolicyNotCovered']);
  if (row.incentivePolicy === '2') out.push(['INC-01', 'incPolicyNoPerformance']);
  if (row.storedValueCardPurchase) out.push(['INC-05', 'incStoredValueCardPurchase']);
  if (row.performanceTransferred) out.push(['INC-07', 'incPerformanceTransferred']);
  if (row.partnerEligible === false) out.push(['INC-08', 'incPartnerNotEligible']);
  if (row.kooGallerySelect && row.partnerIdEntered === false) out.push(['INC-13', 'incKooGallerySelectNoPartnerId']);
  return out;
}

function rebateExclusions({ row }: IncentiveExplainInput): Exclusion[] {
  const out: Exclusion[] = [];
  if (row.incentivePolicy === '13') out.push(['INC-01', 'incPolicyPerformanceOnly']);
  if (row.contractZeroIncentive) out.push(['INC-01', 'incContractZero']);
  if (row.thresholdMet === false) out.push(['INC-09', 'incThresholdNotMet']);
  return out;
}
