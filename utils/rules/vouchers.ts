/**
 * Issued partner coupons (ListIssuedPartnerCoupons, bss-api.md §4.4; partner-center.md §5): which are usable
 * now, and which expire soon — the "cash coupons: available / expiring in 7 days" card (§1.3).
 * Usable = status 2, balance > 0, not frozen, and inside its validity window.
 */
import type { DecimalString } from '@/utils/domain';
import { isPositive, parseAmount, sumMoney } from './money';
import { DAY_MS, parseInstant } from './time';

/** ListIssuedPartnerCoupons `user_coupons[]` fields the rules need (camelCased by the API layer). */
export interface IssuedCoupon {
  couponId: string;
  customerId: string;
  /** 1 代金券 voucher, 4 现金券 cash coupon. */
  couponType?: number;
  /** 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed. */
  status: number;
  faceValue?: DecimalString | number;
  /** Remaining value. */
  balance: DecimalString | number;
  effectiveTime?: string;
  expireTime?: string;
  /** "0" / "1" from the API, or a boolean. */
  isFrozen?: '0' | '1' | boolean;
  /** The cached domain `Voucher` (utils/domain.ts) spells it this way. */
  frozen?: boolean;
}

export const COUPON_STATUS_USABLE = 2;

function frozen(c: IssuedCoupon): boolean {
  return c.frozen === true || c.isFrozen === true || c.isFrozen === '1';
}

export function isUsableVoucher(c: IssuedCoupon, now: number): boolean {
  if (c.status !== COUPON_STATUS_USABLE || frozen(c)) return false;
  const balance = parseAmount(c.balance);
  if (!balance.ok || !isPositive(balance.value)) return false;
  const from = parseInstant(c.effectiveTime);
  const to = parseInstant(c.expireTime);
  return (from === null || from <= now) && (to === null || to > now);
}

export function usableVouchers<T extends IssuedCoupon>(coupons: readonly T[], now: number): T[] {
  return coupons.filter((c) => isUsableVoucher(c, now));
}

/** Usable coupons whose expiry is within `days` days from now, soonest first. */
export function vouchersExpiringWithin<T extends IssuedCoupon>(coupons: readonly T[], days: number, now: number): T[] {
  const limit = now + days * DAY_MS;
  return coupons
    .filter((c) => {
      const to = parseInstant(c.expireTime);
      return to !== null && to <= limit && isUsableVoucher(c, now);
    })
    .sort((a, b) => (parseInstant(a.expireTime) ?? 0) - (parseInstant(b.expireTime) ?? 0));
}

export interface VoucherSummary {
  usableCount: number;
  usableBalance: DecimalString;
  expiringCount: number;
  expiringBalance: DecimalString;
  /** The N the expiring figures use. */
  expiringDays: number;
}

export function summarizeVouchers(coupons: readonly IssuedCoupon[], now: number, expiringDays = 7): VoucherSummary {
  const usable = usableVouchers(coupons, now);
  const expiring = vouchersExpiringWithin(usable, expiringDays, now);
  return {
    usableCount: usable.length,
    usableBalance: sumMoney(usable.map(balanceOf)),
    expiringCount: expiring.length,
    expiringBalance: sumMoney(expiring.map(balanceOf)),
    expiringDays,
  };
}

function balanceOf(c: IssuedCoupon): DecimalString {
  const b = parseAmount(c.balance);
  return b.ok ? b.value : '0';
}
