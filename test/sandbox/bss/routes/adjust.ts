/**
 * Allocation (拨款), reclaim (回收) and the adjust records used to reconcile them. Not idempotent, like the real
 * API: every accepted call moves money again.
 */
import { errors } from '../errors';
import { isoSeconds } from '../generate/catalog';
import { fenToString } from '../money';
import { paginate } from '../params';
import { CN, type Route, type RouteContext, resellerForMoney } from '../route';
import type { AdjustRecord } from '../types';
import { allocatableRow } from './balances';

function addRecord(ctx: RouteContext, record: AdjustRecord): void {
  // Newest first, like the generated history.
  ctx.data.adjustRecords.unshift(record);
}

const OPERATION_TYPES = [
  'SOURCE_OPERATION_BEADJUST',
  'SOURCE_OPERATION_BERETRIEVE',
  'SOURCE_OPERATION_BEUNBIND',
] as const;

export const adjustRoutes: Route[] = [
  {
    operation: 'UpdateCustomerAccountAmount',
    method: 'POST',
    path: '/v2/accounts/partner-accounts/adjust-amount',
    kind: 'bss',
    sites: CN,
    async handle(ctx) {
      const p = ctx.params;
      const customerId = p.reqStr('customer_id', 64);
      const amountFen = p.amountFen('amount');
      p.noIndirectPartner();
      const c = resellerForMoney(ctx, customerId);
      const transferId = await ctx.withCustomerLock(customerId, () => {
        const row = allocatableRow(ctx.data);
        const available = row ? row.amountFen - row.designatedFen : 0;
        if (!row || amountFen > available) {
          throw errors.insufficientBalance(
            `the partner's allocatable balance is ${fenToString(Math.max(0, available))}`,
          );
        }
        row.amountFen -= amountFen;
        // Arrears are written off first; a balance already showing the debt as negative just rises.
        const pay = Math.min(c.debtFen, amountFen);
        c.debtFen -= pay;
        c.balanceFen += c.balanceFen < 0 ? amountFen : amountFen - pay;
        const id = ctx.newTransferId();
        addRecord(ctx, {
          customerId,
          operationType: 'SOURCE_OPERATION_BEADJUST',
          amountFen,
          operationTime: isoSeconds(ctx.now),
          transId: id,
          memo: '',
        });
        ctx.ledger({ kind: 'allocate', customerId, amountFen, transferId: id });
        return id;
      });
      return { body: { transfer_id: transferId } };
    },
  },
  {
    operation: 'ReclaimToPartnerAccount',
    method: 'POST',
    path: '/v2/accounts/partner-accounts/reclaim',
    kind: 'bss',
    sites: CN,
    async handle(ctx) {
      const p = ctx.params;
      const customerId = p.reqStr('customer_id', 64);
      const amountFen = p.amountFen('amount');
      p.noIndirectPartner();
      const c = resellerForMoney(ctx, customerId);
      const transId = await ctx.withCustomerLock(customerId, () => {
        // Undocumented code for "customer balance too low to reclaim": the same insufficient-balance code.
        if (amountFen > Math.max(0, c.balanceFen)) {
          throw errors.insufficientBalance(
            `the customer's available balance is ${fenToString(Math.max(0, c.balanceFen))}`,
          );
        }
        c.balanceFen -= amountFen;
        const row = allocatableRow(ctx.data);
        if (row) row.amountFen += amountFen;
        const id = ctx.newTransferId();
        addRecord(ctx, {
          customerId,
          operationType: 'SOURCE_OPERATION_BERETRIEVE',
          amountFen,
          operationTime: isoSeconds(ctx.now),
          transId: id,
          memo: '',
        });
        ctx.ledger({ kind: 'reclaim', customerId, amountFen, transferId: id });
        return id;
      });
      return { body: { trans_id: transId } };
    },
  },
  {
    operation: 'ListPartnerAdjustRecords',
    method: 'GET',
    path: '/v3/accounts/partner-accounts/adjust-records',
    kind: 'bss',
    sites: CN,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const customerId = p.str('customer_id', { max: 64 });
      const type = p.oneOf('operation_type', OPERATION_TYPES);
      const begin = p.str('operation_time_begin');
      const end = p.str('operation_time_end');
      const transId = p.str('trans_id');
      // Maximum limit not confirmed in the docs: 100 assumed.
      const page = p.page(100);
      const hits = data.adjustRecords.filter(
        (r) =>
          (!customerId || r.customerId === customerId) &&
          (!type || r.operationType === type) &&
          (!begin || r.operationTime >= begin) &&
          (!end || r.operationTime <= end) &&
          (!transId || r.transId === transId),
      );
      return {
        body: {
          total_count: hits.length,
          records: paginate(hits, page).map((r) => ({
            customer_id: r.customerId,
            customer_name: data.byId.get(r.customerId)?.name ?? '',
            operation_type: r.operationType,
            amount: fenToString(r.amountFen),
            currency: data.currency,
            apply_scene: r.operationType === 'SOURCE_OPERATION_BEADJUST' ? 'ADJUST' : 'RETRIEVE',
            operation_time: r.operationTime,
            measure_id: 1,
            trans_id: r.transId,
            memo: r.memo,
          })),
        },
      };
    },
  },
];
