/** Response shapes of quotas (ListQuotaCoupons) and issued coupons (ListIssuedPartnerCoupons). */
import { fenToNumber } from '../money';
import type { CouponQuota, IssuedCoupon } from '../types';

export function quotaJson(q: CouponQuota, currency: string): Record<string, unknown> {
  return {
    quota_id: q.quotaId,
    quota_type: q.quotaType,
    create_time: q.createTime,
    last_update_time: q.lastUpdateTime,
    quota_value: fenToNumber(q.valueFen),
    quota_status: q.status,
    balance: fenToNumber(q.balanceFen),
    measure_id: 1,
    currency,
    effective_time: q.effectiveTime,
    expire_time: q.expireTime,
    limit_infos: q.cloudServiceTypes.length
      ? [
          {
            limit_key: 'cloud_service_types',
            limit_values: q.cloudServiceTypes.map((v) => ({ value1: v, value2: '' })),
          },
        ]
      : [],
  };
}

export function couponJson(c: IssuedCoupon): Record<string, unknown> {
  return {
    coupon_id: c.couponId,
    status: c.status,
    customer_id: c.customerId,
    coupon_type: c.couponType,
    measure_id: 1,
    face_value: fenToNumber(c.faceFen),
    balance: fenToNumber(c.balanceFen),
    effective_time: c.effectiveTime,
    expire_time: c.expireTime,
    order_id: '',
    promotion_plan_id: c.quotaId,
    promotion_plan_name: c.couponType === 4 ? '现金券' : '代金券',
    promotion_plan_desc: c.memo,
    media_type: '',
    fetch_method: 'PARTNER_ISSUE',
    use_limits: c.cloudServiceTypes.map((t) => ({ limit_key: 'cloud_service_types', value1: t })),
    active_time: c.effectiveTime,
    last_used_time: '',
    promotion_id: '',
    create_time: c.createTime,
    lock_order_id: '',
    is_frozen: '0',
  };
}
