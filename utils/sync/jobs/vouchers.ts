/**
 * China only: the partner's own balances and voucher quotas (short lists, replaced whole), then the vouchers
 * it issued, paged with a checkpoint per page and swept after a complete, stable pass.
 */
import { listPartnerBalances, type PartnerAccountBalance } from '../../api/endpoints/balances';
import {
  type CouponQuota,
  type IssuedCoupon,
  listIssuedPartnerCoupons,
  listQuotaCoupons,
} from '../../api/endpoints/vouchers';
import { collectAll, paginate } from '../../api/paginate';
import {
  getCheckpoint,
  PAGE_SIZE,
  putCheckpoint,
  replacePartnerBalances,
  replaceVoucherQuotas,
  sweepStale,
  upsertVouchersPage,
} from '../../cache/repositories';
import type { PartnerBalance, Voucher, VoucherQuota } from '../../domain';
import { afterPage, type JobContext, startingPoint } from '../context';

export const VOUCHERS_JOB = 'vouchers';

export function toQuota(q: CouponQuota): VoucherQuota {
  const quota: VoucherQuota = {
    quotaId: q.quotaId,
    quotaType: Number(q.quotaType),
    status: Number(q.status),
    value: q.value,
    balance: q.balance,
    currency: q.currency === 'USD' ? 'USD' : 'CNY',
  };
  if (q.effectiveTime) quota.effectiveTime = q.effectiveTime;
  if (q.expireTime) quota.expireTime = q.expireTime;
  return quota;
}

export function toVoucher(c: IssuedCoupon): Voucher {
  const voucher: Voucher = {
    couponId: c.couponId,
    customerId: c.customerId,
    status: Number(c.status),
    couponType: Number(c.couponType),
    faceValue: c.faceValue,
    balance: c.balance,
    frozen: c.frozen,
  };
  if (c.effectiveTime) voucher.effectiveTime = c.effectiveTime;
  if (c.expireTime) voucher.expireTime = c.expireTime;
  return voucher;
}

export function toPartnerBalance(a: PartnerAccountBalance): PartnerBalance {
  return {
    accountType: String(a.accountType),
    amount: a.amount,
    designatedAmount: a.designatedAmount,
    creditAmount: a.creditAmount,
    currency: a.currency,
  };
}

export async function runVouchersJob(ctx: JobContext): Promise<void> {
  const { db, scope, client, signal } = ctx;
  let state = startingPoint(await getCheckpoint(db, scope, VOUCHERS_JOB), VOUCHERS_JOB, ctx);
  const { runId } = state;
  if (state.offset === 0) {
    const quotas = await collectAll((page) => listQuotaCoupons(client, page, signal), { limit: PAGE_SIZE, signal });
    const balances = await listPartnerBalances(client, { signal });
    const prov = { fetchedAt: ctx.now(), source: 'api' as const, runId };
    await replaceVoucherQuotas(db, scope, quotas.map(toQuota), prov);
    await replacePartnerBalances(db, scope, balances.accounts.map(toPartnerBalance), prov);
  }
  if (!(state.total !== null && state.offset >= state.total)) {
    const pages = paginate((page) => listIssuedPartnerCoupons(client, page, signal), {
      limit: PAGE_SIZE,
      startOffset: state.offset,
      signal,
    });
    for await (const page of pages) {
      const fetchedAt = ctx.now();
      state = afterPage(state, page, fetchedAt);
      await upsertVouchersPage(db, scope, page.items.map(toVoucher), { fetchedAt, source: 'api', runId }, state);
      await ctx.heartbeat();
      await ctx.progress(VOUCHERS_JOB, Math.min(state.offset, page.total), page.total);
    }
  }
  if (state.totalAtStart === state.total) await sweepStale(db, 'vouchers', scope, runId);
  await putCheckpoint(db, scope, { ...state, done: true, updatedAt: ctx.now() });
  await ctx.progress(VOUCHERS_JOB, state.total ?? 0, state.total ?? 0);
}
