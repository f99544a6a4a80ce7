/**
 * Allocate (拨款) / reclaim (回收) money, China site. These POSTs carry no idempotency key: the client sends
 * them exactly once (never retried); after an "outcome unknown" failure, reconcile with
 * ListPartnerAdjustRecords before anything is sent again (security.md §4.2). bss-api.md §4.3.
 */
import * as v from 'valibot';
import type { Currency, DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { toMajorUnits } from '../money';
import {
  Count,
  CurrencySchema,
  checkPage,
  currencyOf,
  Int,
  invalidInput,
  MoneySchema,
  OptStr,
  opt,
  type Page,
  type PageParams,
  sendAmount,
} from './common';

export interface MoneyTransferInput {
  customerId: string;
  /** Yuan, > 0, at most 2 decimals, e.g. "100.50". */
  amount: DecimalString;
  indirectPartnerId?: string;
}

export const UpdateCustomerAccountAmount: Operation<{ transferId: string }> = {
  name: 'UpdateCustomerAccountAmount',
  method: 'POST',
  path: '/v2/accounts/partner-accounts/adjust-amount',
  idempotent: false,
  response: v.pipe(
    v.object({ transfer_id: v.pipe(v.string(), v.minLength(1)) }),
    v.transform((r) => ({ transferId: r.transfer_id })),
  ),
};

export const ReclaimToPartnerAccount: Operation<{ transferId: string }> = {
  name: 'ReclaimToPartnerAccount',
  method: 'POST',
  path: '/v2/accounts/partner-accounts/reclaim',
  idempotent: false,
  // Note: this API names its id trans_id (allocation says transfer_id).
  response: v.pipe(
    v.object({ trans_id: v.pipe(v.string(), v.minLength(1)) }),
    v.transform((r) => ({ transferId: r.trans_id })),
  ),
};

function transferBody(operation: string, input: MoneyTransferInput) {
  if (!input.customerId) throw invalidInput(operation, 'customer id is required');
  return {
    customer_id: input.customerId,
    amount: sendAmount(operation, input.amount),
    indirect_partner_id: input.indirectPartnerId,
  };
}

/** Allocate money to a reseller customer. Sent once; never retried automatically. */
export async function allocateToCustomer(
  client: BssClient,
  input: MoneyTransferInput,
  signal?: AbortSignal,
): Promise<{ transferId: string }> {
  const body = transferBody(UpdateCustomerAccountAmount.name, input);
  return client.call(UpdateCustomerAccountAmount, { body, signal });
}

/** Take money back from a reseller customer. Sent once; never retried automatically. */
export async function reclaimFromCustomer(
  client: BssClient,
  input: MoneyTransferInput,
  signal?: AbortSignal,
): Promise<{ transferId: string }> {
  const body = transferBody(ReclaimToPartnerAccount.name, input);
  return client.call(ReclaimToPartnerAccount, { body, signal });
}

export type AdjustOperationType =
  | 'SOURCE_OPERATION_BEADJUST'
  | 'SOURCE_OPERATION_BERETRIEVE'
  | 'SOURCE_OPERATION_BEUNBIND'
  | (string & {});

export interface AdjustRecord {
  customerId: string;
  customerName: string;
  operationType: AdjustOperationType;
  amount: DecimalString;
  currency: Currency;
  operationTime: string;
  transId: string;
  applyScene?: string;
  memo?: string;
}

const Record_ = v.object({
  customer_id: v.string(),
  customer_name: OptStr,
  operation_type: v.string(),
  amount: MoneySchema,
  currency: CurrencySchema,
  apply_scene: OptStr,
  operation_time: OptStr,
  measure_id: opt(Int),
  trans_id: OptStr,
  memo: OptStr,
});

export const ListPartnerAdjustRecords: Operation<Page<AdjustRecord>> = {
  name: 'ListPartnerAdjustRecords',
  method: 'GET',
  path: '/v3/accounts/partner-accounts/adjust-records',
  idempotent: true,
  response: v.pipe(
    v.object({ total_count: Count, records: v.array(Record_) }),
    v.transform((r) => ({
      total: r.total_count,
      items: r.records.map((x): AdjustRecord => {
        const rec: AdjustRecord = {
          customerId: x.customer_id,
          customerName: x.customer_name ?? '',
          operationType: x.operation_type,
          amount: toMajorUnits(x.amount, x.measure_id ?? undefined),
          currency: currencyOf(x.currency, 'cn'),
          operationTime: x.operation_time ?? '',
          transId: x.trans_id ?? '',
        };
        if (x.apply_scene) rec.applyScene = x.apply_scene;
        if (x.memo) rec.memo = x.memo;
        return rec;
      }),
    })),
  ),
};

export interface ListAdjustRecordsParams extends PageParams {
  customerId?: string;
  operationType?: AdjustOperationType;
  /** UTC, yyyy-MM-ddTHH:mm:ssZ. */
  operationTimeBegin?: string;
  operationTimeEnd?: string;
  transId?: string;
  indirectPartnerId?: string;
}

/** The audit trail used to reconcile an allocation/reclaim whose outcome is unknown. */
export async function listPartnerAdjustRecords(
  client: BssClient,
  params: ListAdjustRecordsParams = {},
  signal?: AbortSignal,
): Promise<Page<AdjustRecord>> {
  checkPage(ListPartnerAdjustRecords.name, params, 100);
  return client.call(ListPartnerAdjustRecords, {
    query: {
      customer_id: params.customerId,
      operation_type: params.operationType,
      operation_time_begin: params.operationTimeBegin,
      operation_time_end: params.operationTimeEnd,
      trans_id: params.transId,
      offset: params.offset,
      limit: params.limit,
      indirect_partner_id: params.indirectPartnerId,
    },
    signal,
  });
}
