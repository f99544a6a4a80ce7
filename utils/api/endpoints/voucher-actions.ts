/**
 * Voucher actions (China site): issuing coupons (partial success → one outcome per customer) and reclaiming
 * one. Both move value and carry no idempotency key: sent once, never retried automatically. bss-api.md §4.4.
 */
import * as v from 'valibot';
import type { DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { invalidInput, OptStr, opt, sendAmount } from './common';
/** What happened for one customer of a CreatePartnerCoupons call (HTTP 200 even on partial failure). */
export type CouponIssueOutcome =
  | { customerId: string; status: 'issued'; couponId: string }
  | { customerId: string; status: 'failed'; code: string; message: string }
  /** Mentioned in neither list of the answer: treat like an unknown money outcome and reconcile. */
  | { customerId: string; status: 'unknown' };

const IssueAnswer = v.pipe(
  v.object({
    coupon_infos: opt(v.array(v.object({ id: v.string(), coupon_id: v.string() }))),
    error_details: opt(v.array(v.object({ id: v.string(), error_code: v.string(), error_msg: OptStr }))),
  }),
  v.check((r) => r.coupon_infos != null || r.error_details != null, 'neither coupon_infos nor error_details'),
);

export const CreatePartnerCoupons: Operation<v.InferOutput<typeof IssueAnswer>> = {
  name: 'CreatePartnerCoupons',
  method: 'POST',
  path: '/v2/promotions/benefits/partner-coupons',
  idempotent: false,
  response: IssueAnswer,
};

export interface IssueCouponsInput {
  quotaId: string;
  /** 1–100 customers; one coupon each. */
  customerIds: readonly string[];
  /** Yuan, > 0, at most 2 decimals. */
  faceValue: DecimalString;
  validTime?: string;
  expireTime?: string;
  cloudServiceTypes?: string[];
  productIds?: string[];
  memo?: string;
  indirectPartnerId?: string;
}

/** Issue one coupon per customer. Sent once; the answer is mapped to one outcome per requested customer. */
export async function issuePartnerCoupons(
  client: BssClient,
  input: IssueCouponsInput,
  signal?: AbortSignal,
): Promise<CouponIssueOutcome[]> {
  const op = CreatePartnerCoupons.name;
  const ids = [...new Set(input.customerIds)];
  if (ids.length === 0 || ids.length > 100) throw invalidInput(op, 'between 1 and 100 customers per call');
  if (!input.quotaId) throw invalidInput(op, 'quota id is required');
  const body = {
    quota_id: input.quotaId,
    customer_ids: ids,
    face_value: sendAmount(op, input.faceValue),
    valid_time: input.validTime,
    expire_time: input.expireTime,
    cloud_service_types: input.cloudServiceTypes,
    product_ids: input.productIds,
    memo: input.memo,
    indirect_partner_id: input.indirectPartnerId,
  };
  const answer = await client.call(CreatePartnerCoupons, { body, signal });
  const issued = new Map((answer.coupon_infos ?? []).map((c) => [c.id, c.coupon_id]));
  const failed = new Map((answer.error_details ?? []).map((e) => [e.id, e]));
  return ids.map((customerId): CouponIssueOutcome => {
    const couponId = issued.get(customerId);
    if (couponId !== undefined) return { customerId, status: 'issued', couponId };
    const error = failed.get(customerId);
    if (error) return { customerId, status: 'failed', code: error.error_code, message: error.error_msg ?? '' };
    return { customerId, status: 'unknown' };
  });
}

export const ReclaimPartnerCoupons: Operation<null> = {
  name: 'ReclaimPartnerCoupons',
  method: 'POST',
  path: '/v2/promotions/benefits/partner-coupons/reclaim',
  idempotent: false,
  allowEmptyBody: true,
  response: v.pipe(
    v.looseObject({}),
    v.transform(() => null),
  ),
};

/** Reclaim one coupon. Sent once; never retried automatically. */
export async function reclaimPartnerCoupon(
  client: BssClient,
  input: { couponId: string; indirectPartnerId?: string },
  signal?: AbortSignal,
): Promise<void> {
  if (!input.couponId) throw invalidInput(ReclaimPartnerCoupons.name, 'coupon id is required');
  await client.call(ReclaimPartnerCoupons, {
    body: { coupon_id: input.couponId, indirect_partner_id: input.indirectPartnerId },
    signal,
  });
}
