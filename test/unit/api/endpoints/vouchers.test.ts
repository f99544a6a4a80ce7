// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  issuePartnerCoupons,
  listIssuedPartnerCoupons,
  listQuotaCoupons,
  reclaimPartnerCoupon,
} from '@/utils/api/endpoints/vouchers';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('cn');
const data = () => sbx.server.sandbox.dataset.sites.cn;

describe('vouchers against the sandbox', () => {
  it('lists quotas, issues with per-customer outcomes, lists and reclaims the coupon', async () => {
    const client = sbx.client();
    const quotas = await listQuotaCoupons(client, { limit: 100 });
    expect(quotas.total).toBe(data().quotas.length);
    const usable = quotas.items.find((q) => q.status === '0' && Number(q.balance) >= 100);
    if (!usable) throw new Error('dataset has no usable quota');
    const reseller = data().customers.find((c) => c.associationType === '2');
    const referral = data().customers.find((c) => c.associationType === '1');
    const stranger = 'e'.repeat(32);
    const outcomes = await issuePartnerCoupons(client, {
      quotaId: usable.quotaId,
      customerIds: [reseller?.customerId ?? '', referral?.customerId ?? '', stranger],
      faceValue: '10.50',
    });
    expect(outcomes.map((o) => o.status)).toEqual(['issued', 'failed', 'failed']);
    expect(outcomes[2]).toMatchObject({ customerId: stranger, code: 'CBC.99000035' });
    const issued = outcomes[0];
    if (issued?.status !== 'issued') throw new Error('not issued');
    const listed = await listIssuedPartnerCoupons(client, { couponId: issued.couponId });
    expect(listed.items[0]).toMatchObject({
      couponId: issued.couponId,
      customerId: reseller?.customerId,
      faceValue: '10.5',
    });
    await reclaimPartnerCoupon(client, { couponId: issued.couponId });
    expect(sbx.server.sandbox.ledger.map((e) => e.kind)).toEqual(['coupon-issue', 'coupon-reclaim']);
    // Reclaiming again is refused (status 5 = reclaimed).
    expect(await failure(reclaimPartnerCoupon(client, { couponId: issued.couponId }))).toMatchObject({
      code: 'CBC.0150',
    });
  });

  it('issue: validates input before sending (face value, 1–100 customers)', async () => {
    const client = sbx.client();
    expect(
      await failure(issuePartnerCoupons(client, { quotaId: 'q', customerIds: ['a'], faceValue: '0.001' })),
    ).toMatchObject({ kind: 'invalid' });
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(
      await failure(issuePartnerCoupons(client, { quotaId: 'q', customerIds: many, faceValue: '1' })),
    ).toMatchObject({ kind: 'invalid' });
    expect(sbx.server.sandbox.requests).toHaveLength(0);
  });

  it('issue and reclaim are never retried blindly (5xx after applying, reset, throttling)', async () => {
    const quota = data().quotas.find((q) => q.status === 0 && q.balanceFen > 10_000);
    const reseller = data().customers.find((c) => c.associationType === '2');
    const rules = [
      { kind: 'error' as const, status: 500, errorCode: 'CBC.0999', phase: 'after' as const },
      { kind: 'reset' as const, phase: 'after' as const },
      { kind: 'error' as const, status: 429, errorCode: 'CBC.0250' },
    ];
    for (const rule of rules) {
      sbx.server.sandbox.reset();
      sbx.server.sandbox.setFaults({
        rules: [{ ...rule, operations: ['CreatePartnerCoupons', 'ReclaimPartnerCoupons'] }],
      });
      const error = await failure(
        issuePartnerCoupons(sbx.client(), {
          quotaId: quota?.quotaId ?? '',
          customerIds: [reseller?.customerId ?? ''],
          faceValue: '1',
        }),
      );
      expect(error.outcomeUnknown).toBe(rule.phase === 'after');
      expect(sbx.requestsOf('CreatePartnerCoupons')).toHaveLength(1);
      const coupon = data().coupons.find((c) => c.status === 2);
      await failure(reclaimPartnerCoupon(sbx.client(), { couponId: coupon?.couponId ?? '' }));
      expect(sbx.requestsOf('ReclaimPartnerCoupons')).toHaveLength(1);
    }
  });

  it('unknown quota → typed error; wrong types in the list answer → malformed', async () => {
    const reseller = data().customers.find((c) => c.associationType === '2');
    expect(
      await failure(
        issuePartnerCoupons(sbx.client(), {
          quotaId: 'nope',
          customerIds: [reseller?.customerId ?? ''],
          faceValue: '1',
        }),
      ),
    ).toMatchObject({ code: 'CBC.99000012' });
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'wrong-types', operations: ['ListIssuedPartnerCoupons', 'ListQuotaCoupons'] }],
    });
    expect(await failure(listIssuedPartnerCoupons(sbx.client()))).toMatchObject({ kind: 'malformed' });
    expect(await failure(listQuotaCoupons(sbx.client()))).toMatchObject({ kind: 'malformed' });
  });
});
