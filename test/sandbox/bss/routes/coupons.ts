/** Voucher quotas, issuing (partial success with HTTP 200), listing and reclaiming coupons (China only). */
import { ApiError, errors } from '../errors';
import { isoSeconds } from '../generate/catalog';
import { paginate } from '../params';
import { CN, type Route, type RouteContext } from '../route';
import type { CouponQuota, IssuedCoupon } from '../types';
import { couponJson, quotaJson } from './coupon-json';

interface IssueOutcome {
  couponInfos: { id: string; coupon_id: string }[];
  errorDetails: { id: string; error_code: string; error_msg: string }[];
}

function issueOne(
  ctx: RouteContext,
  quota: CouponQuota,
  customerId: string,
  faceFen: number,
  memo: string,
): IssuedCoupon {
  const c = ctx.data.byId.get(customerId);
  if (!c) throw errors.notAssociated(customerId);
  if (c.associationType !== '2') throw errors.referral(customerId);
  if (quota.balanceFen < faceFen) throw errors.quota('the remaining quota balance is not enough');
  quota.balanceFen -= faceFen;
  const coupon: IssuedCoupon = {
    couponId: `CP${ctx.newTransferId().slice(0, 30)}`,
    customerId,
    quotaId: quota.quotaId,
    couponType: quota.quotaType === 1 ? 4 : 1,
    status: 2,
    faceFen,
    balanceFen: faceFen,
    effectiveTime: quota.effectiveTime,
    expireTime: quota.expireTime,
    createTime: isoSeconds(ctx.now),
    memo,
    cloudServiceTypes: quota.cloudServiceTypes,
  };
  ctx.data.coupons.push(coupon);
  ctx.ledger({
    kind: 'coupon-issue',
    customerId,
    amountFen: faceFen,
    transferId: coupon.couponId,
    couponId: coupon.couponId,
  });
  return coupon;
}

export const couponRoutes: Route[] = [
  {
    operation: 'ListQuotaCoupons',
    method: 'POST',
    path: '/v2/partners/coupon-quotas/query',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const ids = p.strings('quota_ids', { max: 50 });
      const statuses = p.ints('quota_status_list', { max: 5 });
      const type = p.int('quota_type', { min: 0, max: 1 });
      const page = p.page(100); // maximum not confirmed: 100 assumed
      const hits = data.quotas.filter(
        (q) =>
          (!ids || ids.includes(q.quotaId)) &&
          (!statuses || statuses.includes(q.status)) &&
          (type === undefined || q.quotaType === type),
      );
      return {
        body: { total_count: hits.length, quotas: paginate(hits, page).map((q) => quotaJson(q, data.currency)) },
      };
    },
  },
  {
    operation: 'CreatePartnerCoupons',
    method: 'POST',
    path: '/v2/promotions/benefits/partner-coupons',
    kind: 'bss',
    sites: CN,
    handle(ctx) {
      const p = ctx.params;
      const quotaId = p.reqStr('quota_id', 64);
      const customerIds = p.strings('customer_ids', { min: 1, max: 100, required: true, itemMax: 64 }) ?? [];
      const faceFen = p.amountFen('face_value');
      const serviceTypes = p.strings('cloud_service_types', { max: 10 }) ?? [];
      p.strings('product_ids', { max: 10 });
      const memo = p.str('memo') ?? '';
      p.noIndirectPartner();
      const quota = ctx.data.quotas.find((q) => q.quotaId === quotaId);
      if (!quota) throw errors.quota(`quota ${quotaId} does not exist`);
      if (quota.status !== 0) throw errors.quota(`quota ${quotaId} is in status ${quota.status} and cannot be used`);
      const outside = serviceTypes.filter(
        (t) => quota.cloudServiceTypes.length > 0 && !quota.cloudServiceTypes.includes(t),
      );
      if (outside.length) throw errors.serviceType(`${outside.join(', ')} is outside the quota's restriction`);
      const out: IssueOutcome = { couponInfos: [], errorDetails: [] };
      for (const id of customerIds) {
        try {
          const coupon = issueOne(ctx, quota, id, faceFen, memo);
          out.couponInfos.push({ id, coupon_id: coupon.couponId });
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          out.errorDetails.push({ id, error_code: e.code, error_msg: e.msg });
        }
      }
      // HTTP 200 even when some (or all) customers failed; error_details only when there are failures.
      const body: Record<string, unknown> = { coupon_infos: out.couponInfos };
      if (out.errorDetails.length) body.error_details = out.errorDetails;
      return { body };
    },
  },
  {
    operation: 'ListIssuedPartnerCoupons',
    method: 'GET',
    path: '/v2/promotions/benefits/partner-coupons',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const couponId = p.str('coupon_id');
      const customerId = p.str('customer_id');
      const type = p.int('coupon_type', { min: 1, max: 4 });
      const status = p.int('status', { min: 1, max: 5 });
      const page = p.page(100); // maximum not confirmed: 100 assumed
      const hits = data.coupons.filter(
        (c) =>
          (!couponId || c.couponId === couponId) &&
          (!customerId || c.customerId === customerId) &&
          (type === undefined || c.couponType === type) &&
          (status === undefined || c.status === status),
      );
      return { body: { total_count: hits.length, user_coupons: paginate(hits, page).map(couponJson) } };
    },
  },
  {
    operation: 'ReclaimPartnerCoupons',
    method: 'POST',
    path: '/v2/promotions/benefits/partner-coupons/reclaim',
    kind: 'bss',
    sites: CN,
    handle(ctx) {
      const p = ctx.params;
      const couponId = p.reqStr('coupon_id', 64);
      p.noIndirectPartner();
      const coupon = ctx.data.coupons.find((c) => c.couponId === couponId);
      // Undocumented: an unknown coupon id is reported as an invalid parameter.
      if (!coupon) throw errors.invalidParam(`coupon ${couponId} does not exist`);
      if (coupon.status !== 1 && coupon.status !== 2) {
        throw errors.illegalOperation(`coupon ${couponId} is in status ${coupon.status} and cannot be reclaimed`);
      }
      const quota = ctx.data.quotas.find((q) => q.quotaId === coupon.quotaId);
      if (quota) quota.balanceFen += coupon.balanceFen;
      ctx.ledger({
        kind: 'coupon-reclaim',
        customerId: coupon.customerId,
        amountFen: coupon.balanceFen,
        transferId: ctx.newTransferId(),
        couponId,
      });
      coupon.balanceFen = 0;
      coupon.status = 5;
      return { body: undefined };
    },
  },
];
