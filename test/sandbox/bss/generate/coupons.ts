/** Voucher quotas granted to the partner and coupons already issued to reseller customers (China). */
import { Rng } from '../prng';
import type { CouponQuota, IssuedCoupon, SandboxCustomer, Site } from '../types';
import { DAY_MS, isoSeconds, SERVICES } from './catalog';

export function generateQuotas(seed: number, site: Site, now: number): CouponQuota[] {
  if (site === 'intl') return [];
  const rng = new Rng(seed);
  const quota = (
    status: CouponQuota['status'],
    quotaType: 0 | 1,
    valueFen: number,
    balanceFen: number,
  ): CouponQuota => ({
    quotaId: rng.hex(32),
    quotaType,
    createTime: isoSeconds(now - rng.int(30, 300) * DAY_MS),
    lastUpdateTime: isoSeconds(now - rng.int(0, 29) * DAY_MS),
    valueFen,
    balanceFen,
    status,
    effectiveTime: isoSeconds(now - 30 * DAY_MS),
    expireTime: isoSeconds(now + (status === 3 ? -1 : rng.int(60, 365)) * DAY_MS),
    cloudServiceTypes: rng.chance(0.5) ? [rng.pick(SERVICES).code] : [],
  });
  return [
    quota(0, 0, 100_000_000, 100_000_000 - rng.int(0, 10_000_000)),
    quota(0, 1, 20_000_000, rng.int(1_000_000, 20_000_000)),
    // Nearly used up: issuing more than 50.00 fails with a quota error.
    quota(0, 0, 1_000_000, 5_000),
    quota(3, 0, 5_000_000, 2_000_000),
    quota(4, 0, 5_000_000, 5_000_000),
    quota(5, 1, 3_000_000, 3_000_000),
  ];
}

/**
 * About 65 % of resellers hold an issued coupon (15 % of them two). With `count`, exactly that many: the list is
 * cut, or extended with further coupons for resellers in turn.
 */
export function generateCoupons(
  seed: number,
  customers: readonly SandboxCustomer[],
  quotas: readonly CouponQuota[],
  now: number,
  count?: number,
): IssuedCoupon[] {
  const rng = new Rng(seed);
  const out: IssuedCoupon[] = [];
  if (quotas.length === 0) return out;
  const resellers = customers.filter((c) => c.associationType === '2');
  for (const c of resellers) {
    if (!rng.chance(0.65)) continue;
    const n = rng.chance(0.15) ? 2 : 1;
    for (let k = 0; k < n; k++) out.push(coupon(rng, c, quotas, now));
  }
  if (count === undefined) return out;
  for (let i = 0; out.length < count && resellers.length > 0; i++) {
    const c = resellers[i % resellers.length];
    if (c) out.push(coupon(rng, c, quotas, now));
  }
  return out.slice(0, count);
}

function coupon(rng: Rng, c: SandboxCustomer, quotas: readonly CouponQuota[], now: number): IssuedCoupon {
  const quota = rng.pick(quotas);
  const status = rng.pick([2, 2, 2, 2, 3, 4, 5, 1] as const);
  const faceFen = rng.int(1, 500) * 1_000;
  const balanceFen = status === 2 ? rng.int(1, faceFen) : status === 1 ? faceFen : 0;
  const created = now - rng.int(1, 300) * DAY_MS;
  return {
    couponId: `CP${rng.hex(30)}`,
    customerId: c.customerId,
    quotaId: quota.quotaId,
    couponType: quota.quotaType === 1 ? 4 : 1,
    status,
    faceFen,
    balanceFen,
    effectiveTime: isoSeconds(created),
    expireTime: isoSeconds(status === 4 ? now - rng.int(1, 60) * DAY_MS : now + rng.int(1, 365) * DAY_MS),
    createTime: isoSeconds(created),
    memo: rng.chance(0.1) ? c.label : '',
    cloudServiceTypes: quota.cloudServiceTypes,
  };
}
