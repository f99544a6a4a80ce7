/**
 * Resource-package quota display (partner-center.md §4): resettable packages (quota_reuse_mode 1) show
 * "X of Y left this <cycle>, resets on <date>"; non-resettable ones (2) show "X of Y left until <expiry>".
 * Amounts are decimal strings, instants ISO strings in UTC; the UI formats both.
 */
import type { DecimalString } from '@/utils/domain';
import { msg, type RuleMessage } from './message';
import { isNonPositive, parseAmount, subtractMoney } from './money';
import { CYCLE_UNITS, type CycleUnit, nextReset, type ReuseCycle, type ReuseCycleType } from './reset-cycle';
import { BILLING_OFFSET_MIN, parseInstant, toIso } from './time';

/** Merged from ListFreeResourceInfos (package) and ListFreeResourceUsages (one free resource) — bss-api.md §4.9. */
export interface PackageQuotaInput {
  quotaReuseMode: 1 | 2;
  quotaReuseCycle?: ReuseCycle;
  quotaReuseCycleType?: ReuseCycleType;
  /** Remaining quota (for resettable: in the current cycle). */
  amount: DecimalString | number;
  /** Total quota (for resettable: per cycle). */
  originalAmount: DecimalString | number;
  /** Package effective time: the anchor of anniversary resets. */
  effectiveTime?: string;
  expireTime?: string;
  /** Bounds of the current cycle (resettable); the start is a fallback anchor. */
  cycleStartTime?: string;
  /** 0 not effective, 1 in effect, 2 used up, 3 expired, 4 unsubscribed. */
  status?: 0 | 1 | 2 | 3 | 4;
}

export type PackageState = 'active' | 'used-up' | 'expired' | 'unsubscribed' | 'not-effective' | 'invalid';

export type PackageQuotaKey =
  | 'packageLeftThisCycle'
  | 'packageLeftLastCycle'
  | 'packageLeftUntilExpiry'
  | 'packageLeft'
  | 'packageUsedUpResets'
  | 'packageUsedUp'
  | 'packageExpired'
  | 'packageUnsubscribed'
  | 'packageNotEffective'
  | 'packageInvalid';

export interface PackageQuota {
  state: PackageState;
  mode: 'resettable' | 'fixed';
  remaining: DecimalString | null;
  total: DecimalString | null;
  used: DecimalString | null;
  cycle: CycleUnit | null;
  /** Next reset (resettable); null when it would fall on/after expiry or cannot be computed. */
  resetsAt: string | null;
  expiresAt: string | null;
  message: RuleMessage<PackageQuotaKey>;
}

export function packageQuota(input: PackageQuotaInput, now: number, offsetMin = BILLING_OFFSET_MIN): PackageQuota {
  const mode = input.quotaReuseMode === 1 ? 'resettable' : 'fixed';
  const expire = parseInstant(input.expireTime);
  const effective = parseInstant(input.effectiveTime);
  const expiresAt = expire === null ? null : toIso(expire);
  const cycle = mode === 'resettable' && input.quotaReuseCycle ? CYCLE_UNITS[input.quotaReuseCycle] : null;
  const rem = parseAmount(input.amount);
  const tot = parseAmount(input.originalAmount);
  const remaining = rem.ok ? rem.value : null;
  const total = tot.ok ? tot.value : null;
  const used = remaining !== null && total !== null ? subtractMoney(total, remaining) : null;
  const base = { mode, remaining, total, used, cycle, resetsAt: null, expiresAt } as const;

  if (input.status === 4) return { ...base, state: 'unsubscribed', message: msg('packageUnsubscribed') };
  if (input.status === 3 || (expire !== null && expire <= now)) {
    return { ...base, state: 'expired', message: msg('packageExpired', expiresAt ?? '') };
  }
  if (input.status === 0 || (effective !== null && effective > now)) {
    return {
      ...base,
      state: 'not-effective',
      message: msg('packageNotEffective', effective === null ? '' : toIso(effective)),
    };
  }
  if (remaining === null || total === null) return { ...base, state: 'invalid', message: msg('packageInvalid') };

  const usedUp = input.status === 2 || isNonPositive(remaining);
  const state: PackageState = usedUp ? 'used-up' : 'active';
  if (mode === 'fixed') {
    if (usedUp) return { ...base, state, message: msg('packageUsedUp', total) };
    const message = expiresAt
      ? msg('packageLeftUntilExpiry', remaining, total, expiresAt)
      : msg('packageLeft', remaining, total);
    return { ...base, state, message };
  }

  const reset = resetTime(input, cycle, effective, expire, now, offsetMin);
  if (typeof reset === 'object') {
    const message = usedUp
      ? msg('packageUsedUpResets', total, reset.at)
      : msg('packageLeftThisCycle', remaining, total, cycle ?? '', reset.at);
    return { ...base, state, resetsAt: reset.at, message };
  }
  if (usedUp) return { ...base, state, message: msg('packageUsedUp', total) };
  // The next reset would fall on/after expiry: this cycle's quota is all that is left of the term.
  if (reset === 'after-expiry' && expiresAt) {
    return { ...base, state, message: msg('packageLeftLastCycle', remaining, total, expiresAt) };
  }
  return { ...base, state, message: msg('packageLeft', remaining, total) };
}

/** ISO time of the next reset, or why there is none. */
function resetTime(
  input: PackageQuotaInput,
  cycle: CycleUnit | null,
  effective: number | null,
  expire: number | null,
  now: number,
  offsetMin: number,
): { at: string } | 'after-expiry' | 'unknown' {
  if (cycle === null || input.quotaReuseCycleType === undefined) return 'unknown';
  const anchor = effective ?? parseInstant(input.cycleStartTime);
  const next = nextReset(now, cycle, input.quotaReuseCycleType, anchor, offsetMin);
  if (next === null) return 'unknown';
  return expire !== null && next >= expire ? 'after-expiry' : { at: toIso(next) };
}
