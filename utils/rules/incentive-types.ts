/**
 * Input and output of the incentive explainer (partner-center.md §3, rules INC-01…INC-18).
 * The input is one incentive-detail row plus what the extension can learn around it (policy list, spend
 * detail payment breakdown, order flags). Every field beyond `consumption` is optional: a rule whose signal
 * is missing simply does not fire.
 */
import type { AssociationType, DecimalString } from '@/utils/domain';
import type { RuleMessage } from './message';

export const INC_RULES = [
  'INC-01',
  'INC-02',
  'INC-03',
  'INC-04',
  'INC-05',
  'INC-06',
  'INC-07',
  'INC-08',
  'INC-09',
  'INC-10',
  'INC-11',
  'INC-12',
  'INC-13',
  'INC-14',
  'INC-15',
  'INC-16',
  'INC-17',
  'INC-18',
] as const;
export type IncRuleId = (typeof INC_RULES)[number];

/** ListIncentiveDiscountPolicies `incentive_policy` (bss-api.md §4.10). */
export type IncentivePolicy = '0' | '1' | '2' | '13';

/** Payout methods (§3 "Other incentive facts"). */
export type PayoutMethod = 'voucher-quota' | 'bank-transfer' | 'return-to-account' | 'return-unpaid-invoice';

export type IncentiveProgramme = 'monthly' | 'quarterly' | 'yearly' | 'special';

export interface IncentiveDetailRow {
  /** Consumption as the row/spend detail shows it (what was charged, after discounts). May be negative. */
  consumption: DecimalString;
  /** List price (official_amount) of the same consumption. */
  listPrice?: DecimalString;
  /** INC-06: customer discount (referral) or settlement discount (reseller) as a factor, e.g. "0.85". */
  discountFactor?: DecimalString;
  associationType?: AssociationType;
  /** INC-04: part paid with Huawei vouchers, test coupons or cash coupons that don't count. */
  couponPaid?: DecimalString;
  /** INC-05: the order buys a stored-value card. */
  storedValueCardPurchase?: boolean;
  /** INC-03: refund, unsubscription or downgrade row. */
  refund?: boolean;
  /** INC-01: policy of the service type that month; null = the service type is not in the policy list. */
  incentivePolicy?: IncentivePolicy | null;
  /** INC-01: the contract sets this consumption's incentive to 0. */
  contractZeroIncentive?: boolean;
  /** INC-02/16/17: "YYYY-MM" of the consumption and of the reconciliation period (对账期次). */
  consumptionMonth?: string;
  bookingMonth?: string;
  /** INC-07: performance transferred/merged to another account (业绩转移). */
  performanceTransferred?: boolean;
  /** INC-08: false when certification expired or not in the Solution Provider programme. */
  partnerEligible?: boolean;
  /** INC-09: programme type and whether its threshold is met (undefined = not known yet). */
  programme?: IncentiveProgramme;
  thresholdMet?: boolean;
  /** INC-10: the incentive is frozen (查看冻结原因). */
  frozen?: boolean;
  /** INC-11: region code on the row, e.g. "cn-north-4", "ap-southeast-1". */
  regionCode?: string;
  /** INC-12: the order has a price adjustment (改价) or partner discount. */
  priceAdjusted?: boolean;
  /** INC-13: KooGallery 严选 order, and whether the customer entered the partner ID at checkout. */
  kooGallerySelect?: boolean;
  partnerIdEntered?: boolean;
  /** INC-15: payout method and tax rates (factors, e.g. "0.06") for the settled-amount formula. */
  payoutMethod?: PayoutMethod;
  productTaxRate?: DecimalString;
  partnerTaxRate?: DecimalString;
  /** INC-16: where the consumption figure came from; the summary lags, the detail is authoritative. */
  consumptionSource?: 'summary' | 'detail';
  /** Incentive rate as a factor ("0.05"), to compute the expected incentive. */
  rate?: DecimalString;
}

export interface IncentiveExplainInput {
  row: IncentiveDetailRow;
  /** The incentive amount the page shows for the row, if any. */
  shownIncentive?: DecimalString | null;
  /** "YYYY-MM" of today on the UTC+8 billing calendar (time.ts billingMonthOf). */
  currentMonth?: string;
}

export type IncentiveMessageKey =
  | 'incPolicyNotCovered'
  | 'incPolicyNoPerformance'
  | 'incPolicyPerformanceOnly'
  | 'incContractZero'
  | 'incPolicyCheck'
  | 'incTimingNextPeriod'
  | 'incTimingNotYetBooked'
  | 'incRefundNegative'
  | 'incCouponExcluded'
  | 'incStoredValueCardPurchase'
  | 'incListPriceBasis'
  | 'incPerformanceTransferred'
  | 'incPartnerNotEligible'
  | 'incThresholdNotMet'
  | 'incThresholdPending'
  | 'incFrozen'
  | 'incOverseasRegion'
  | 'incPriceAdjusted'
  | 'incKooGallerySelectNoPartnerId'
  | 'incRounding'
  | 'incPayoutFormula'
  | 'incDataLag'
  | 'incAttributionChange'
  | 'incDiscountedConsumption'
  | 'incStepConsumption'
  | 'incStepListPriceBasis'
  | 'incStepCouponExcluded'
  | 'incStepExcluded'
  | 'incStepNoRebate';

/** excludes = removes money from the base; adjusts = changes the basis; timing = elsewhere in time; info = explains only. */
export type IncFindingKind = 'excludes' | 'adjusts' | 'timing' | 'info';

export interface IncFinding extends RuleMessage<IncentiveMessageKey> {
  rule: IncRuleId;
  kind: IncFindingKind;
}

/** One line of the reconciliation: consumption → … → incentive base. `base` is the running total after it. */
export interface ReconStep extends RuleMessage<IncentiveMessageKey> {
  rule: IncRuleId | null;
  delta: DecimalString;
  base: DecimalString;
}

export interface IncentiveExplanation {
  findings: IncFinding[];
  steps: ReconStep[];
  /** Base after exclusions that remove performance (业绩). */
  performance: DecimalString;
  /** Base the rate applies to (performance minus rebate-only exclusions). */
  incentiveBase: DecimalString;
  /** incentiveBase × rate, rounded to the cent; null without a rate. */
  expectedIncentive: DecimalString | null;
  /** INC-15 formula applied to the expected incentive, when the payout method and tax rates are known. */
  expectedSettled: DecimalString | null;
  shownIncentive: DecimalString | null;
  /** shown − expected; null unless both are known. */
  difference: DecimalString | null;
  /** |difference| ≤ 0.01: the rest is rounding (INC-14). */
  withinRounding: boolean;
}
