/**
 * Checks made before an operation is written, with the figures fetched just now — the page's numbers are
 * hints, these are the rules. Pure: table-tested. Amounts are decimal strings compared with big.js.
 */
import type { DecimalString, Site } from '@/utils/domain';
import { compareMoney, multiplyMoney } from '@/utils/rules/money';
import { validateSendAmount } from '@/utils/rules/money-input';
import { MoneyOpError, type MoneyOpErrorCode } from './errors';
import type { MoneyOpKind } from './model';

export const KIND_SITE: Readonly<Record<MoneyOpKind, Site>> = {
  allocate: 'cn',
  reclaim: 'cn',
  'issue-voucher': 'cn',
  'set-budget': 'intl',
  unfreeze: 'intl',
};

export function checkSite(kind: MoneyOpKind, site: Site): void {
  if (KIND_SITE[kind] !== site) throw new MoneyOpError('wrong-site', `${kind} is not available on the ${site} site`);
}

export interface Ceiling {
  max: DecimalString | null | undefined;
  code: MoneyOpErrorCode;
}

/**
 * The typed amount, canonical, if it is valid (> 0, ≤ 2 decimals), equals the typed confirmation, and stays
 * under every known ceiling. A ceiling of null/undefined is unknown and skipped — except where the caller
 * makes it required.
 */
export function checkAmount(typed: string, confirm: string, ceilings: readonly Ceiling[] = []): DecimalString {
  const parsed = validateSendAmount(typed);
  if (!parsed.ok) throw new MoneyOpError('invalid-amount', `Invalid amount (${parsed.error})`);
  const again = validateSendAmount(confirm);
  if (!again.ok || compareMoney(again.value, parsed.value) !== 0) {
    throw new MoneyOpError('confirm-mismatch', 'The confirmation does not match the amount');
  }
  for (const { max, code } of ceilings) {
    if (max !== null && max !== undefined && compareMoney(parsed.value, max) > 0) {
      throw new MoneyOpError(code, `The amount is above ${max}`);
    }
  }
  return parsed.value;
}

/** The per-action limit applies to what the action moves in total (vouchers: face value × customers). */
export function totalOf(kind: MoneyOpKind, amount: DecimalString, customers: number): DecimalString {
  return kind === 'issue-voucher' ? multiplyMoney(amount, String(customers)) : amount;
}

export function checkLimit(total: DecimalString, limit: DecimalString): void {
  if (compareMoney(total, limit) > 0) throw new MoneyOpError('over-limit', `Above the per-action limit of ${limit}`);
}

export interface QuotaFacts {
  status: string;
  balance: DecimalString;
  effectiveTime: string;
  expireTime: string;
}

/** A usable quota, enough left for one voucher, and a validity inside the quota's own window. */
export function checkQuota(
  quota: QuotaFacts | undefined,
  face: DecimalString,
  validTime?: string,
  expireTime?: string,
): void {
  if (quota?.status !== '0') throw new MoneyOpError('quota-unusable', 'This voucher quota cannot be used');
  if (compareMoney(face, quota.balance) > 0)
    throw new MoneyOpError('over-quota', `Only ${quota.balance} left in the quota`);
  const ms = (t: string | undefined) => (t ? Date.parse(t) : Number.NaN);
  const [from, to, qFrom, qTo] = [ms(validTime), ms(expireTime), ms(quota.effectiveTime), ms(quota.expireTime)];
  const before = (a: number, b: number) => !Number.isNaN(a) && !Number.isNaN(b) && a < b;
  if (before(to, from) || before(from, qFrom) || before(qTo, to) || before(qTo, from) || before(to, qFrom)) {
    throw new MoneyOpError('outside-quota-window', 'The validity must lie within the quota’s window');
  }
}
