/**
 * A customer's status as a pure function of its data and the user's settings (architecture.md §5).
 *
 * Precedence, first match wins:
 * 1. not-applicable — referral customers (association_type "1"): Huawei bills them, the partner sees no money
 *    and cannot freeze them (partner-center.md §2.3), so even an is_frozen flag is not actionable here.
 * 2. frozen — is_frozen 1/2. Reported instead of blocked because unfreezing is the stronger fix: a frozen
 *    customer stays unable to buy after funds arrive (intl new customers are frozen until a budget is set, §2.5).
 * 3. unknown — no (valid) money data yet.
 * 4. blocked — China: balance ≤ 0 or arrears > 0; intl: budget − used ≤ 0 (§2.5, §7.1).
 * 5. low — under the absolute threshold and/or fewer days of spend left than the days threshold.
 * 6. ok.
 */
import type { Customer, CustomerStatus, DecimalString, MoneyState } from '@/utils/domain';
import { compareMoney, divideMoney, isNonPositive, isPositive, parseAmount, subtractMoney } from './money';

export interface StatusSettings {
  /** Warn when the available money is below this amount (site currency). Omit to disable. */
  lowAmount?: DecimalString;
  /** Warn when fewer than this many days of average spend are left. Omit to disable. */
  lowDays?: number;
}

export interface StatusInput {
  customer: Pick<Customer, 'associationType' | 'frozen'>;
  money?: MoneyState | null;
  /** Average daily spend over a recent window (site currency); needed for the days-left check. */
  averageDailySpend?: DecimalString | null;
}

export type LowReason = 'under-amount' | 'under-days';

export interface StatusAssessment {
  status: CustomerStatus;
  /** China balance or intl budget − used, canonical; null when unknown or not applicable. */
  available: DecimalString | null;
  /** Whole days of average spend left (floored); null without a positive average spend. */
  daysLeft: number | null;
  lowReasons: LowReason[];
}

/** Money the customer can still spend: China balance, intl remaining budget. Null if any figure is invalid. */
export function availableMoney(money: MoneyState): DecimalString | null {
  if (money.site === 'cn') {
    const balance = parseAmount(money.balance);
    return balance.ok ? balance.value : null;
  }
  const budget = parseAmount(money.budget);
  const used = parseAmount(money.used);
  return budget.ok && used.ok ? subtractMoney(budget.value, used.value) : null;
}

/** China arrears (debt_amount) > 0 means the balance is already exhausted, whatever the balance field says [I]. */
function hasDebt(money: MoneyState): boolean {
  if (money.site !== 'cn') return false;
  const debt = parseAmount(money.debt);
  return debt.ok && isPositive(debt.value);
}

export function assessCustomer(input: StatusInput, settings: StatusSettings = {}): StatusAssessment {
  const none = { available: null, daysLeft: null, lowReasons: [] };
  if (input.customer.associationType === '1') return { status: 'not-applicable', ...none };
  const available = input.money ? availableMoney(input.money) : null;
  const daysLeft = available === null ? null : daysOfSpendLeft(available, input.averageDailySpend);
  const base = { available, daysLeft, lowReasons: [] };
  if (input.customer.frozen !== 0) return { status: 'frozen', ...base };
  if (available === null || !input.money) return { status: 'unknown', ...none };
  if (isNonPositive(available) || hasDebt(input.money)) return { status: 'blocked', ...base };
  const lowReasons: LowReason[] = [];
  const threshold = settings.lowAmount === undefined ? null : parseAmount(settings.lowAmount);
  if (threshold?.ok && compareMoney(available, threshold.value) < 0) lowReasons.push('under-amount');
  if (
    settings.lowDays !== undefined &&
    daysLeft !== null &&
    isUnderDays(available, input.averageDailySpend, settings.lowDays)
  ) {
    lowReasons.push('under-days');
  }
  return { status: lowReasons.length > 0 ? 'low' : 'ok', available, daysLeft, lowReasons };
}

export function customerStatus(input: StatusInput, settings: StatusSettings = {}): CustomerStatus {
  return assessCustomer(input, settings).status;
}

function positiveSpend(spend: DecimalString | null | undefined): DecimalString | null {
  if (spend === null || spend === undefined) return null;
  const p = parseAmount(spend);
  return p.ok && isPositive(p.value) ? p.value : null;
}

function daysOfSpendLeft(available: DecimalString, spend: DecimalString | null | undefined): number | null {
  const s = positiveSpend(spend);
  if (s === null) return null;
  if (isNonPositive(available)) return 0;
  const days = divideMoney(available, s);
  return days === null ? null : Math.floor(Number(days));
}

/** Exact comparison (available / spend < days) so 6.99 days counts as under a 7-day threshold. */
function isUnderDays(available: DecimalString, spend: DecimalString | null | undefined, days: number): boolean {
  const s = positiveSpend(spend);
  const left = s === null ? null : divideMoney(available, s);
  return left !== null && Number.isFinite(days) && compareMoney(left, String(days)) < 0;
}

/** Most urgent first: frozen > blocked > low > unknown > ok > not-applicable. */
export const STATUS_SEVERITY: Readonly<Record<CustomerStatus, number>> = {
  frozen: 5,
  blocked: 4,
  low: 3,
  unknown: 2,
  ok: 1,
  'not-applicable': 0,
};

/** A count of 0 for every status. */
export function zeroStatusCounts(): Record<CustomerStatus, number> {
  return { frozen: 0, blocked: 0, low: 0, unknown: 0, ok: 0, 'not-applicable': 0 };
}

/** Sort comparator: most severe first. */
export function bySeverity(a: CustomerStatus, b: CustomerStatus): number {
  return STATUS_SEVERITY[b] - STATUS_SEVERITY[a];
}

export function mostSevere(statuses: Iterable<CustomerStatus>): CustomerStatus | null {
  let worst: CustomerStatus | null = null;
  for (const s of statuses) if (worst === null || STATUS_SEVERITY[s] > STATUS_SEVERITY[worst]) worst = s;
  return worst;
}

/** The customer cannot buy right now: what the badge and notifications count. */
export function isAtRisk(status: CustomerStatus): boolean {
  return status === 'blocked' || status === 'frozen';
}

export type StatusSummary = Record<CustomerStatus, number> & { total: number; atRisk: number };

export function summarizeStatuses(statuses: Iterable<CustomerStatus>): StatusSummary {
  const summary: StatusSummary = {
    ...zeroStatusCounts(),
    total: 0,
    atRisk: 0,
  };
  for (const s of statuses) {
    summary[s] += 1;
    summary.total += 1;
    if (isAtRisk(s)) summary.atRisk += 1;
  }
  return summary;
}
