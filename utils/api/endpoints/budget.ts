/**
 * International site: the budget + credit model instead of balances (bss-api.md §5). Budget updates and
 * freeze/unfreeze change a customer's spending power and are never retried automatically.
 */
import * as v from 'valibot';
import type { BudgetType, Currency, DecimalString, IntlMoneyState } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { toMajorUnits } from '../money';
import { chunk } from './balances';
import {
  CurrencySchema,
  currencyOf,
  Int,
  invalidInput,
  NonNegMoney,
  OptMoney,
  OptNonNegMoney,
  opt,
  sendAmount,
} from './common';

const BudgetTypeSchema = v.nullish(v.picklist(['MONTHLY', 'PACKAGE']));

function toMoneyState(
  customerId: string,
  b: { budget_amount?: DecimalString | null; used_amount?: DecimalString | null; budget_type?: BudgetType | null },
  unit: number | undefined,
  currency: Currency,
): IntlMoneyState {
  return {
    site: 'intl',
    customerId,
    budget: toMajorUnits(b.budget_amount ?? '0', unit),
    used: toMajorUnits(b.used_amount ?? '0', unit),
    budgetType: b.budget_type ?? 'MONTHLY',
    currency,
  };
}

const ShowBudgetAnswer = v.object({
  budget_amount: NonNegMoney,
  used_amount: OptMoney,
  measure_id: opt(Int),
  currency: CurrencySchema,
  budget_type: BudgetTypeSchema,
});

export const ShowSubCustomerBudget: Operation<v.InferOutput<typeof ShowBudgetAnswer>> = {
  name: 'ShowSubCustomerBudget',
  method: 'GET',
  path: '/v2/partners/sub-customers/budget',
  idempotent: true,
  response: ShowBudgetAnswer,
};

export async function showSubCustomerBudget(
  client: BssClient,
  customerId: string,
  options: { indirectPartnerId?: string; signal?: AbortSignal } = {},
): Promise<IntlMoneyState> {
  if (!customerId) throw invalidInput(ShowSubCustomerBudget.name, 'customer id is required');
  const r = await client.call(ShowSubCustomerBudget, {
    query: { customer_id: customerId, indirect_partner_id: options.indirectPartnerId },
    signal: options.signal,
  });
  return toMoneyState(customerId, r, r.measure_id ?? undefined, currencyOf(r.currency, 'intl'));
}

const BudgetInfo = v.object({
  customer_id: v.pipe(v.string(), v.minLength(1)),
  budget_amount: OptNonNegMoney,
  used_amount: OptMoney,
  budget_type: BudgetTypeSchema,
});

export const ListSubCustomerBudget: Operation<IntlMoneyState[]> = {
  name: 'ListSubCustomerBudget',
  method: 'POST',
  path: '/v2/partners/sub-customers/budget/query',
  idempotent: true,
  response: v.pipe(
    v.object({ measure_id: opt(Int), currency: CurrencySchema, budget_infos: v.array(BudgetInfo) }),
    v.transform((r) =>
      r.budget_infos.map((b) =>
        toMoneyState(b.customer_id, b, r.measure_id ?? undefined, currencyOf(r.currency, 'intl')),
      ),
    ),
  ),
};

/** Budgets of any number of customers (batched by 100; non-reseller customers are left out by the API). */
export async function listSubCustomerBudgets(
  client: BssClient,
  customerIds: readonly string[],
  options: { indirectPartnerId?: string; signal?: AbortSignal } = {},
): Promise<IntlMoneyState[]> {
  const batches = chunk([...new Set(customerIds)]);
  const results = await Promise.all(
    batches.map((ids) =>
      client.call(ListSubCustomerBudget, {
        body: { customer_ids: ids, indirect_partner_id: options.indirectPartnerId },
        signal: options.signal,
      }),
    ),
  );
  return results.flat();
}

export interface UpdateBudgetInput {
  customerId: string;
  /** Dollars, > 0, at most 2 decimals. */
  budgetAmount: DecimalString;
  budgetType?: BudgetType;
  /** Also lift a partner-set freeze. */
  cancelPartnerFrozen?: boolean;
  /** 0 manual, 1 freeze automatically when over budget. */
  frozenOperateType?: 0 | 1;
  indirectPartnerId?: string;
}

export const UpdateSubCustomerBudget: Operation<null> = {
  name: 'UpdateSubCustomerBudget',
  method: 'POST',
  path: '/v2/partners/sub-customers/budget',
  idempotent: false,
  allowEmptyBody: true,
  response: v.pipe(
    v.looseObject({}),
    v.transform(() => null),
  ),
};

/** Set a customer's budget. Sent once; never retried automatically. */
export async function updateSubCustomerBudget(
  client: BssClient,
  input: UpdateBudgetInput,
  signal?: AbortSignal,
): Promise<void> {
  const op = UpdateSubCustomerBudget.name;
  if (!input.customerId) throw invalidInput(op, 'customer id is required');
  const body = {
    customer_id: input.customerId,
    budget_amount: sendAmount(op, input.budgetAmount),
    budget_type: input.budgetType,
    cancel_partner_frozen: input.cancelPartnerFrozen === undefined ? undefined : input.cancelPartnerFrozen ? '1' : '0',
    frozen_operate_type: input.frozenOperateType,
    indirect_partner_id: input.indirectPartnerId,
  };
  await client.call(UpdateSubCustomerBudget, { body, signal });
}

export * from './freeze-credit';
