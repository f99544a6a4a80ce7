/**
 * What being blocked or frozen means on this site, as structured data the UI translates
 * (partner-center.md §2.5, §7.3), plus the fixes to offer.
 */
import type { BudgetType, Customer, CustomerLevel, CustomerStatus, FrozenState, Site } from '@/utils/domain';
import { msg, type RuleMessage } from './message';

export type FixCode = 'allocate-funds' | 'issue-voucher' | 'set-budget' | 'unfreeze';

export type ConsequenceMessageKey =
  | 'consequenceCnNoPurchaseOrRenewal'
  | 'consequenceCnLevelUnknown'
  | 'consequenceIntlYearlyMonthlyBlocked'
  | 'consequenceIntlPayPerUseContinues'
  | 'consequenceIntlBudgetListPrice'
  | 'consequenceIntlBudgetRestoresMonthly'
  | 'consequenceIntlBudgetOneTime'
  | 'consequenceIntlMayAutoFreeze'
  | 'consequencePayPerUseLifecycle'
  | 'consequenceYearlyMonthlyLifecycle'
  | 'consequenceFrozenAccount'
  | 'consequenceFrozenAccountAndResource'
  | 'consequenceLowWillBlock'
  | 'consequenceNoteCouponsCannotPayArrears';

export type ConsequenceMessage = RuleMessage<ConsequenceMessageKey>;

/** Grace and retention periods in days after arrears (§2.5 "Period lengths"). */
export interface ArrearsPeriods {
  yearlyMonthlyGraceDays: number;
  yearlyMonthlyRetentionDays: number;
  payPerUseGraceDays: number;
  payPerUseRetentionDays: number;
}

const CN_PERIODS: Readonly<Record<CustomerLevel, ArrearsPeriods>> = {
  V5: periods(7, 15, 7, 15),
  V4: periods(7, 7, 1, 7),
  V3: periods(7, 7, 1, 7),
  V2: periods(1, 7, 0, 7),
  V1: periods(1, 7, 0, 7),
  V0: periods(1, 1, 0, 1),
};
const INTL_PERIODS = periods(15, 15, 15, 15);
/** ACCOUNT_AND_RESOURCE freezes: unfreeze within about 15 days or resources are at risk (mc_00027, §2.5). */
export const FREEZE_RESOURCE_RISK_DAYS = 15;

function periods(ymGrace: number, ymRetention: number, ppuGrace: number, ppuRetention: number): ArrearsPeriods {
  return {
    yearlyMonthlyGraceDays: ymGrace,
    yearlyMonthlyRetentionDays: ymRetention,
    payPerUseGraceDays: ppuGrace,
    payPerUseRetentionDays: ppuRetention,
  };
}

/**
 * China periods depend on customer_level; without a level we assume V0, the shortest, so the warning never
 * promises more time than the customer has. Intl: 15/15 for everyone.
 */
export function arrearsPeriods(site: Site, level?: CustomerLevel): { periods: ArrearsPeriods; levelAssumed: boolean } {
  if (site === 'intl') return { periods: INTL_PERIODS, levelAssumed: false };
  return { periods: CN_PERIODS[level ?? 'V0'], levelAssumed: level === undefined };
}

export interface ConsequenceInput {
  site: Site;
  status: CustomerStatus;
  customer: Pick<Customer, 'level' | 'frozen'>;
  /** Intl budget type, when known. */
  budgetType?: BudgetType;
  /** China: the customer has arrears (debt_amount > 0). */
  hasDebt?: boolean;
  /**
   * For a frozen customer: is the money also exhausted (balance / budget left ≤ 0)? status 'frozen' hides
   * that (status.ts precedence). Undefined = not known, so the money fix is offered too.
   */
  moneyExhausted?: boolean;
}

export interface Consequence {
  site: Site;
  status: 'blocked' | 'frozen' | 'low';
  effects: ConsequenceMessage[];
  /** Most useful first. */
  fixes: FixCode[];
  periods: ArrearsPeriods;
}

/** Null for statuses with no consequence (ok, unknown, not-applicable). */
export function explainConsequence(input: ConsequenceInput): Consequence | null {
  const { site, status } = input;
  if (status !== 'blocked' && status !== 'frozen' && status !== 'low') return null;
  const { periods: p, levelAssumed } = arrearsPeriods(site, input.customer.level);
  const effects: ConsequenceMessage[] = [];
  if (status === 'frozen') effects.push(...frozenEffects(input.customer.frozen));
  if (status === 'low') effects.push(msg('consequenceLowWillBlock'));
  const moneyEffects = status !== 'frozen' || input.moneyExhausted === true;
  if (moneyEffects) effects.push(...(site === 'cn' ? cnEffects(p) : intlEffects(input)));
  if (site === 'cn' && levelAssumed && moneyEffects) effects.push(msg('consequenceCnLevelUnknown', 'V0'));
  if (site === 'cn' && input.hasDebt) effects.push(msg('consequenceNoteCouponsCannotPayArrears'));
  return { site, status, effects, fixes: fixesFor(input), periods: p };
}

function cnEffects(p: ArrearsPeriods): ConsequenceMessage[] {
  // "balance ≤ 0 ⇒ no purchase or renewal" on China comes from the product requirements [I] (§2.5, §8).
  return [
    msg('consequenceCnNoPurchaseOrRenewal'),
    msg('consequencePayPerUseLifecycle', p.payPerUseGraceDays, p.payPerUseRetentionDays),
    msg('consequenceYearlyMonthlyLifecycle', p.yearlyMonthlyGraceDays, p.yearlyMonthlyRetentionDays),
  ];
}

function intlEffects(input: ConsequenceInput): ConsequenceMessage[] {
  // Budget exhaustion blocks yearly/monthly and RIs; pay-per-use continues unless the distributor restricts it.
  const out: ConsequenceMessage[] = [
    msg('consequenceIntlYearlyMonthlyBlocked'),
    msg('consequenceIntlPayPerUseContinues'),
    msg('consequenceIntlBudgetListPrice'),
  ];
  if (input.budgetType === 'MONTHLY') out.push(msg('consequenceIntlBudgetRestoresMonthly'));
  if (input.budgetType === 'PACKAGE') out.push(msg('consequenceIntlBudgetOneTime'));
  out.push(msg('consequenceIntlMayAutoFreeze'));
  return out;
}

/** Freeze types from FreezeSubCustomers (§2.5): 1 = ACCOUNT, 2 = ACCOUNT_AND_RESOURCE (unfreeze within ~15 days). */
function frozenEffects(frozen: FrozenState): ConsequenceMessage[] {
  if (frozen === 2) return [msg('consequenceFrozenAccountAndResource', FREEZE_RESOURCE_RISK_DAYS)];
  return [msg('consequenceFrozenAccount')];
}

function fixesFor(input: ConsequenceInput): FixCode[] {
  const fixes: FixCode[] = [];
  if (input.status === 'frozen') fixes.push('unfreeze');
  if (input.status === 'frozen' && input.moneyExhausted === false) return fixes;
  if (input.site === 'intl') {
    // Intl: the budget is the gate (and unfreezing a new customer needs a budget first, §2.5).
    fixes.push('set-budget');
    return fixes;
  }
  fixes.push('allocate-funds');
  // Coupons pay for new orders but cannot pay off arrears (§5), so offer them only without debt.
  if (!input.hasDebt) fixes.push('issue-voucher');
  return fixes;
}
