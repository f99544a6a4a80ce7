/** International site: customer budgets, freezing, and the partner's consumption quota. */
import { ApiError, errors } from '../errors';
import { fenToNumber, fenToString } from '../money';
import { customerOf, INTL, type Route, type RouteContext, resellerForMoney } from '../route';
import type { SandboxCustomer } from '../types';

function budgetJson(c: SandboxCustomer): Record<string, unknown> {
  const b = c.budget ?? { amountFen: 0, usedFen: 0, type: 'MONTHLY' };
  return {
    customer_id: c.customerId,
    budget_amount: fenToNumber(b.amountFen),
    used_amount: fenToNumber(b.usedFen),
    budget_type: b.type,
  };
}

/** Freeze/unfreeze each listed customer; failures go to error_details with HTTP 200. */
function setFrozen(ctx: RouteContext, frozen: 0 | 1): { body?: unknown } {
  const p = ctx.params;
  const ids = p.strings('customer_ids', { min: 1, max: 100, required: true, itemMax: 64 }) ?? [];
  if (frozen === 1) p.reqStr('reason');
  p.noIndirectPartner();
  const details: { customer_id: string; error_code: string; error_msg: string }[] = [];
  for (const id of ids) {
    try {
      resellerForMoney(ctx, id).frozen = frozen;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      details.push({ customer_id: id, error_code: e.code, error_msg: e.msg });
    }
  }
  return { body: details.length ? { error_details: details } : undefined };
}

export const intlRoutes: Route[] = [
  {
    operation: 'ShowSubCustomerBudget',
    method: 'GET',
    path: '/v2/partners/sub-customers/budget',
    kind: 'bss',
    sites: INTL,
    handle(ctx) {
      const id = ctx.params.reqStr('customer_id', 64);
      ctx.params.noIndirectPartner();
      const c = customerOf(ctx, id);
      if (c.associationType !== '2') throw errors.noPermission(id);
      const { customer_id: _, ...rest } = budgetJson(c);
      return { body: { ...rest, measure_id: 1, currency: ctx.data.currency } };
    },
  },
  {
    operation: 'ListSubCustomerBudget',
    method: 'POST',
    path: '/v2/partners/sub-customers/budget/query',
    kind: 'bss',
    sites: INTL,
    handle({ params: p, data }) {
      const ids = p.strings('customer_ids', { min: 1, max: 100, required: true, itemMax: 64 }) ?? [];
      p.noIndirectPartner();
      // Non-customers and non-reseller customers are left out of the response (SDK model comment).
      const infos = ids.flatMap((id) => {
        const c = data.byId.get(id);
        return c && c.associationType === '2' ? [budgetJson(c)] : [];
      });
      return { body: { measure_id: 1, currency: data.currency, budget_infos: infos } };
    },
  },
  {
    operation: 'UpdateSubCustomerBudget',
    method: 'POST',
    path: '/v2/partners/sub-customers/budget',
    kind: 'bss',
    sites: INTL,
    async handle(ctx) {
      const p = ctx.params;
      const id = p.reqStr('customer_id', 64);
      const amountFen = p.amountFen('budget_amount', true);
      const type = p.oneOf('budget_type', ['MONTHLY', 'PACKAGE'] as const) ?? 'MONTHLY';
      const cancelFrozen = p.oneOf('cancel_partner_frozen', ['0', '1'] as const);
      const operateType = p.int('frozen_operate_type', { min: 0, max: 1 });
      p.noIndirectPartner();
      const c = resellerForMoney(ctx, id);
      await ctx.withCustomerLock(id, () => {
        const old = c.budget;
        c.budget = {
          amountFen,
          usedFen: old?.usedFen ?? 0,
          type,
          frozenOperateType: operateType === 0 || operateType === 1 ? operateType : (old?.frozenOperateType ?? 0),
        };
        if (cancelFrozen === '1') c.frozen = 0;
        ctx.ledger({ kind: 'budget-update', customerId: id, amountFen, transferId: ctx.newTransferId() });
      });
      return { body: undefined };
    },
  },
  {
    operation: 'FreezeSubCustomers',
    method: 'POST',
    path: '/v2/partners/sub-customers/freeze',
    kind: 'bss',
    sites: INTL,
    handle: (ctx) => setFrozen(ctx, 1),
  },
  {
    operation: 'UnfreezeSubCustomers',
    method: 'POST',
    path: '/v2/partners/sub-customers/unfreeze',
    kind: 'bss',
    sites: INTL,
    handle: (ctx) => setFrozen(ctx, 0),
  },
  {
    operation: 'ShowPartnerConsumptionQuota',
    method: 'GET',
    path: '/v2/partners/credit/consumption-quota',
    kind: 'bss',
    sites: INTL,
    handle({ params: p, data }) {
      p.noIndirectPartner();
      const q = data.consumptionQuota;
      // Documented as strings (unlike most amounts); used = due + unbilled − amount − coupon.
      return {
        body: {
          consumption_quota: fenToString(q.quotaFen),
          amount: fenToString(q.amountFen),
          coupon_amount: fenToString(q.couponFen),
          due_amount: fenToString(q.dueFen),
          unbilled_amount: fenToString(q.unbilledFen),
          used_consumption_quota: fenToString(q.dueFen + q.unbilledFen - q.amountFen - q.couponFen),
          measure_id: 1,
          currency: data.currency,
        },
      };
    },
  },
];
