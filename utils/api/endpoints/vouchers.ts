/**
 * Vouchers / coupons (China site), the read side: the partner's quotas and the coupons it issued. The
 * actions (issue, reclaim) live in voucher-actions.ts and are re-exported here. bss-api.md §4.4.
 */
import * as v from 'valibot';
import type { DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { toMajorUnits } from '../money';
import {
  Code,
  Count,
  CurrencySchema,
  checkPage,
  currencyOf,
  Int,
  NonNegMoney,
  OptNonNegMoney,
  OptStr,
  opt,
  type Page,
  type PageParams,
} from './common';

export interface CouponQuota {
  quotaId: string;
  /** "0" voucher quota, "1" cash-coupon quota. */
  quotaType: string;
  /** "0" normal, "3" invalid/expired, "4" being adjusted, "5" frozen. */
  status: string;
  value: DecimalString;
  balance: DecimalString;
  currency: string;
  effectiveTime: string;
  expireTime: string;
}

const Quota = v.object({
  quota_id: v.string(),
  quota_type: Code,
  quota_value: NonNegMoney,
  quota_status: Code,
  balance: NonNegMoney,
  measure_id: opt(Int),
  currency: CurrencySchema,
  create_time: OptStr,
  last_update_time: OptStr,
  effective_time: OptStr,
  expire_time: OptStr,
  limit_infos: opt(
    v.array(
      v.object({ limit_key: v.string(), limit_values: opt(v.array(v.object({ value1: OptStr, value2: OptStr }))) }),
    ),
  ),
});

export const ListQuotaCoupons: Operation<Page<CouponQuota>> = {
  name: 'ListQuotaCoupons',
  method: 'POST',
  path: '/v2/partners/coupon-quotas/query',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, quotas: v.array(Quota) }),
    v.transform((r) => ({
      total: r.total_count,
      items: r.quotas.map((q) => ({
        quotaId: q.quota_id,
        quotaType: q.quota_type,
        status: q.quota_status,
        value: toMajorUnits(q.quota_value, q.measure_id ?? undefined),
        balance: toMajorUnits(q.balance, q.measure_id ?? undefined),
        currency: currencyOf(q.currency, 'cn'),
        effectiveTime: q.effective_time ?? '',
        expireTime: q.expire_time ?? '',
      })),
    })),
  ),
};

export interface ListQuotaCouponsParams extends PageParams {
  quotaIds?: string[];
  quotaStatusList?: number[];
  quotaType?: 0 | 1;
  indirectPartnerId?: string;
}

export async function listQuotaCoupons(
  client: BssClient,
  params: ListQuotaCouponsParams = {},
  signal?: AbortSignal,
): Promise<Page<CouponQuota>> {
  checkPage(ListQuotaCoupons.name, params, 100);
  const body = {
    quota_ids: params.quotaIds,
    quota_status_list: params.quotaStatusList,
    quota_type: params.quotaType,
    offset: params.offset,
    limit: params.limit,
    indirect_partner_id: params.indirectPartnerId,
  };
  return client.call(ListQuotaCoupons, { body, signal });
}
export interface IssuedCoupon {
  couponId: string;
  customerId: string;
  /** "1" not activated, "2" usable, "3" used, "4" expired, "5" reclaimed. */
  status: string;
  /** "1" voucher, "4" cash coupon. */
  couponType: string;
  faceValue: DecimalString;
  balance: DecimalString;
  effectiveTime: string;
  expireTime: string;
  createTime?: string;
  frozen: boolean;
}

const UserCoupon = v.object({
  coupon_id: v.string(),
  customer_id: v.string(),
  status: Code,
  coupon_type: Code,
  measure_id: opt(Int),
  face_value: NonNegMoney,
  balance: OptNonNegMoney,
  effective_time: OptStr,
  expire_time: OptStr,
  create_time: OptStr,
  is_frozen: opt(Code),
});

export const ListIssuedPartnerCoupons: Operation<Page<IssuedCoupon>> = {
  name: 'ListIssuedPartnerCoupons',
  method: 'GET',
  path: '/v2/promotions/benefits/partner-coupons',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, user_coupons: v.array(UserCoupon) }),
    v.transform((r) => ({
      total: r.total_count,
      items: r.user_coupons.map((c): IssuedCoupon => {
        const unit = c.measure_id ?? undefined;
        const coupon: IssuedCoupon = {
          couponId: c.coupon_id,
          customerId: c.customer_id,
          status: c.status,
          couponType: c.coupon_type,
          faceValue: toMajorUnits(c.face_value, unit),
          balance: toMajorUnits(c.balance ?? c.face_value, unit),
          effectiveTime: c.effective_time ?? '',
          expireTime: c.expire_time ?? '',
          frozen: c.is_frozen === '1',
        };
        if (c.create_time) coupon.createTime = c.create_time;
        return coupon;
      }),
    })),
  ),
};

export interface ListIssuedCouponsParams extends PageParams {
  couponId?: string;
  customerId?: string;
  couponType?: 1 | 4;
  status?: 1 | 2 | 3 | 4 | 5;
  indirectPartnerId?: string;
}

export async function listIssuedPartnerCoupons(
  client: BssClient,
  params: ListIssuedCouponsParams = {},
  signal?: AbortSignal,
): Promise<Page<IssuedCoupon>> {
  checkPage(ListIssuedPartnerCoupons.name, params, 100);
  return client.call(ListIssuedPartnerCoupons, {
    query: {
      coupon_id: params.couponId,
      customer_id: params.customerId,
      coupon_type: params.couponType,
      status: params.status,
      offset: params.offset,
      limit: params.limit,
      indirect_partner_id: params.indirectPartnerId,
    },
    signal,
  });
}

export * from './voucher-actions';
