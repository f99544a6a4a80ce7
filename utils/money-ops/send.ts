/**
 * The single request of a money operation, and what its answer means. Called at most once per operation
 * record (the executor guarantees it); this module never retries and never re-sends.
 */
import type { BssClient } from '@/utils/api/client';
import { allocateToCustomer, reclaimFromCustomer } from '@/utils/api/endpoints/allocation';
import { setCustomersFrozen, updateSubCustomerBudget } from '@/utils/api/endpoints/budget';
import { issuePartnerCoupons } from '@/utils/api/endpoints/vouchers';
import { isApiError } from '@/utils/api/errors';
import type { CustomerResult, MoneyOperation, OpError } from './model';

export type SendOutcome =
  | { state: 'done'; results: CustomerResult[] }
  | { state: 'failed' | 'unknown'; results: CustomerResult[]; error: OpError };

/** The reason given when unfreezing from the confirmation page (the API requires one). */
export const UNFREEZE_REASON = 'Unfrozen by the partner (Partner Assistant)';

/** A client that adds `headers` to every call (the sandbox's X-Sandbox-Intent-Id, for per-intent ledgers). */
export function withHeaders(client: BssClient, headers: Record<string, string>): BssClient {
  return {
    ...client,
    call: (op, input = {}) => client.call(op, { ...input, headers: { ...input.headers, ...headers } }),
  };
}

export function toOpError(error: unknown): OpError {
  if (isApiError(error)) {
    const out: OpError = { kind: error.kind, code: error.code, message: error.message };
    if (error.detail) out.detail = error.detail;
    return out;
  }
  // Not an API answer (a bug, an unexpected exception): we cannot say the request did not leave.
  return { kind: 'client', code: 'CLIENT.UNEXPECTED', message: error instanceof Error ? error.name : 'error' };
}

/** Only a definite, typed rejection means "not applied"; everything else may have moved money. */
export function isDefiniteRejection(error: unknown): boolean {
  return isApiError(error) && !error.outcomeUnknown;
}

function single(op: MoneyOperation, transactionId?: string): CustomerResult[] {
  return op.customerIds.map((customerId) =>
    transactionId ? { customerId, status: 'done', transactionId } : { customerId, status: 'done' },
  );
}

async function request(client: BssClient, op: MoneyOperation, signal?: AbortSignal): Promise<CustomerResult[]> {
  const customerId = op.customerIds[0] ?? '';
  switch (op.kind) {
    case 'allocate':
      return single(op, (await allocateToCustomer(client, { customerId, amount: op.amount }, signal)).transferId);
    case 'reclaim':
      return single(op, (await reclaimFromCustomer(client, { customerId, amount: op.amount }, signal)).transferId);
    case 'set-budget': {
      const b = op.budget ?? { budgetType: 'MONTHLY', unfreeze: false };
      const input = { customerId, budgetAmount: op.amount, budgetType: b.budgetType, cancelPartnerFrozen: b.unfreeze };
      await updateSubCustomerBudget(client, input, signal);
      return single(op);
    }
    case 'unfreeze': {
      const input = { customerIds: op.customerIds, frozen: false, reason: UNFREEZE_REASON };
      const outcomes = await setCustomersFrozen(client, input, signal);
      return outcomes.map((o) =>
        o.status === 'done'
          ? { customerId: o.customerId, status: 'done' }
          : { customerId: o.customerId, status: 'failed', code: o.code, message: o.message },
      );
    }
    case 'issue-voucher': {
      const v = op.voucher;
      if (!v) throw new Error('voucher parameters missing');
      const input = { quotaId: v.quotaId, customerIds: op.customerIds, faceValue: op.amount, ...validity(v) };
      const outcomes = await issuePartnerCoupons(client, input, signal);
      return outcomes.map((o): CustomerResult => {
        if (o.status === 'issued') return { customerId: o.customerId, status: 'done', transactionId: o.couponId };
        if (o.status === 'failed')
          return { customerId: o.customerId, status: 'failed', code: o.code, message: o.message };
        return { customerId: o.customerId, status: 'unknown' };
      });
    }
  }
}

function validity(v: NonNullable<MoneyOperation['voucher']>): { validTime?: string; expireTime?: string } {
  const out: { validTime?: string; expireTime?: string } = {};
  if (v.validTime) out.validTime = v.validTime;
  if (v.expireTime) out.expireTime = v.expireTime;
  return out;
}

/** Overall state of a per-customer answer: one unknown → unknown; else one applied → done; else failed. */
export function overallState(results: readonly CustomerResult[]): 'done' | 'failed' | 'unknown' {
  if (results.some((r) => r.status === 'unknown')) return 'unknown';
  return results.some((r) => r.status === 'done') ? 'done' : 'failed';
}

/** Sends the operation's request once and classifies the answer. Never throws. */
export async function sendOnce(client: BssClient, op: MoneyOperation, signal?: AbortSignal): Promise<SendOutcome> {
  try {
    const results = await request(client, op, signal);
    const state = overallState(results);
    if (state === 'done') return { state, results };
    const first = results.find((r) => r.status !== 'done');
    const error: OpError = { kind: 'partial', code: first?.code ?? '', message: first?.message ?? '' };
    return { state, results, error };
  } catch (error) {
    const definite = isDefiniteRejection(error);
    const opError = toOpError(error);
    const status = definite ? 'failed' : 'unknown';
    const results = op.customerIds.map(
      (customerId): CustomerResult =>
        definite ? { customerId, status, code: opError.code, message: opError.message } : { customerId, status },
    );
    return { state: status, results, error: opError };
  }
}
