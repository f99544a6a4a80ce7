/**
 * International site: freezing customers and the partner's own credit (consumption quota). Freeze/unfreeze
 * change a customer's spending power: sent once, never retried automatically. bss-api.md §5.
 */
import * as v from 'valibot';
import type { Currency, DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { toMajorUnits } from '../money';
import { CurrencySchema, currencyOf, Int, invalidInput, MoneySchema, OptMoney, OptStr, opt } from './common';

/** Per-customer result of a freeze/unfreeze call: partial failures come back with HTTP 200. */
export type FreezeOutcome =
  | { customerId: string; status: 'done' }
  | { customerId: string; status: 'failed'; code: string; message: string };

const FreezeAnswer = v.object({
  error_details: opt(v.array(v.object({ customer_id: v.string(), error_code: v.string(), error_msg: OptStr }))),
});

function freezeOperation(name: 'FreezeSubCustomers' | 'UnfreezeSubCustomers', path: string) {
  const op: Operation<v.InferOutput<typeof FreezeAnswer>> = {
    name,
    method: 'POST',
    path,
    idempotent: false,
    allowEmptyBody: true,
    response: FreezeAnswer,
  };
  return op;
}

export const FreezeSubCustomers = freezeOperation('FreezeSubCustomers', '/v2/partners/sub-customers/freeze');
export const UnfreezeSubCustomers = freezeOperation('UnfreezeSubCustomers', '/v2/partners/sub-customers/unfreeze');

/** Freeze (or unfreeze) up to 100 customers. Sent once; never retried automatically. */
export async function setCustomersFrozen(
  client: BssClient,
  input: { customerIds: readonly string[]; frozen: boolean; reason: string; indirectPartnerId?: string },
  signal?: AbortSignal,
): Promise<FreezeOutcome[]> {
  const op = input.frozen ? FreezeSubCustomers : UnfreezeSubCustomers;
  const ids = [...new Set(input.customerIds)];
  if (ids.length === 0 || ids.length > 100) throw invalidInput(op.name, 'between 1 and 100 customers per call');
  if (!input.reason.trim()) throw invalidInput(op.name, 'a reason is required');
  const answer = await client.call(op, {
    body: { customer_ids: ids, reason: input.reason, indirect_partner_id: input.indirectPartnerId },
    signal,
  });
  const failed = new Map((answer.error_details ?? []).map((e) => [e.customer_id, e]));
  return ids.map((customerId): FreezeOutcome => {
    const e = failed.get(customerId);
    return e
      ? { customerId, status: 'failed', code: e.error_code, message: e.error_msg ?? '' }
      : { customerId, status: 'done' };
  });
}

export interface ConsumptionQuota {
  /** Total consumption quota (credit line). */
  quota: DecimalString;
  /** used = due + unbilled − amount − coupon (as the API computes it). */
  used: DecimalString;
  amount: DecimalString;
  couponAmount: DecimalString;
  dueAmount: DecimalString;
  unbilledAmount: DecimalString;
  currency: Currency;
}

const QuotaAnswer = v.object({
  consumption_quota: MoneySchema,
  amount: OptMoney,
  coupon_amount: OptMoney,
  due_amount: OptMoney,
  unbilled_amount: OptMoney,
  used_consumption_quota: MoneySchema,
  measure_id: opt(Int),
  currency: CurrencySchema,
});

export const ShowPartnerConsumptionQuota: Operation<ConsumptionQuota> = {
  name: 'ShowPartnerConsumptionQuota',
  method: 'GET',
  path: '/v2/partners/credit/consumption-quota',
  idempotent: true,
  response: v.pipe(
    QuotaAnswer,
    v.transform((r) => {
      const unit = r.measure_id ?? undefined;
      return {
        quota: toMajorUnits(r.consumption_quota, unit),
        used: toMajorUnits(r.used_consumption_quota, unit),
        amount: toMajorUnits(r.amount ?? '0', unit),
        couponAmount: toMajorUnits(r.coupon_amount ?? '0', unit),
        dueAmount: toMajorUnits(r.due_amount ?? '0', unit),
        unbilledAmount: toMajorUnits(r.unbilled_amount ?? '0', unit),
        currency: currencyOf(r.currency, 'intl'),
      };
    }),
  ),
};

export async function showPartnerConsumptionQuota(
  client: BssClient,
  options: { indirectPartnerId?: string; signal?: AbortSignal } = {},
): Promise<ConsumptionQuota> {
  return client.call(ShowPartnerConsumptionQuota, {
    query: { indirect_partner_id: options.indirectPartnerId },
    signal: options.signal,
  });
}
