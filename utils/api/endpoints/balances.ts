/**
 * Balances (China site): customers' balances in batches of ≤ 100, and the partner's own accounts with the
 * allocation ceiling amount − designated_amount computed in decimal. bss-api.md §4.2.
 */
import * as v from 'valibot';
import type { CnMoneyState, Currency, DecimalString } from '@/utils/domain';
import type { BssClient, Operation } from '../client';
import { subtractDecimal, toMajorUnits } from '../money';
import { CurrencySchema, currencyOf, Int, MoneySchema, OptMoney, OptNonNegMoney, OptStr, opt } from './common';

export const MAX_BATCH = 100;

/** Split any list into consecutive batches of at most `size` items. */
export function chunk<T>(items: readonly T[], size = MAX_BATCH): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive integer');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const CustomerBalance = v.object({
  customer_id: v.pipe(v.string(), v.minLength(1)),
  amount: MoneySchema,
  debt_amount: OptNonNegMoney,
  currency: CurrencySchema,
  measure_id: opt(Int),
});

export const ListCustomersBalancesDetail: Operation<CnMoneyState[]> = {
  name: 'ListCustomersBalancesDetail',
  method: 'POST',
  path: '/v2/accounts/customer-accounts/balances/batch-query',
  idempotent: true,
  response: v.pipe(
    v.object({ customer_balances: v.array(CustomerBalance) }),
    v.transform((r) =>
      r.customer_balances.map(
        (b): CnMoneyState => ({
          site: 'cn',
          customerId: b.customer_id,
          balance: toMajorUnits(b.amount, b.measure_id ?? undefined),
          debt: toMajorUnits(b.debt_amount ?? '0', b.measure_id ?? undefined),
          currency: currencyOf(b.currency, 'cn'),
        }),
      ),
    ),
  ),
};

/**
 * Balances of any number of customers (batched by 100). Referral customers are silently left out by the API
 * (the partner can't see their money), so the result may be shorter than the input.
 */
export async function listCustomersBalances(
  client: BssClient,
  customerIds: readonly string[],
  options: { indirectPartnerId?: string; signal?: AbortSignal } = {},
): Promise<CnMoneyState[]> {
  const batches = chunk([...new Set(customerIds)]);
  // The client's limiter bounds concurrency and rate; order of batches is kept.
  const results = await Promise.all(
    batches.map((ids) =>
      client.call(ListCustomersBalancesDetail, {
        body: {
          customer_infos: ids.map((customer_id) => ({ customer_id })),
          indirect_partner_id: options.indirectPartnerId,
        },
        signal: options.signal,
      }),
    ),
  );
  return results.flat();
}

/** account_type: 1 cash, 2 credit, 5 bonus, 7 deposit, 8 allocatable (可拨款). */
export interface PartnerAccountBalance {
  accountId: string;
  accountType: number;
  amount: DecimalString;
  designatedAmount: DecimalString;
  creditAmount: DecimalString;
  /** amount − designated_amount: the part not earmarked. */
  available: DecimalString;
  currency: Currency;
  memo?: string;
}

export interface PartnerBalances {
  accounts: PartnerAccountBalance[];
  /**
   * The allocation ceiling (amount − designated_amount). Taken from the type-8 "allocatable" row, else the
   * type-1 cash row (the docs don't say which row the ceiling refers to; see bss-api.md §6). Undefined when
   * neither row exists.
   */
  allocatable: DecimalString | undefined;
}

const AccountBalance = v.object({
  account_id: v.string(),
  account_type: Int,
  amount: MoneySchema,
  currency: CurrencySchema,
  designated_amount: OptMoney,
  credit_amount: OptMoney,
  measure_id: opt(Int),
  memo: OptStr,
});

function toPartnerAccount(b: v.InferOutput<typeof AccountBalance>): PartnerAccountBalance {
  const unit = b.measure_id ?? undefined;
  const amount = toMajorUnits(b.amount, unit);
  const designatedAmount = toMajorUnits(b.designated_amount ?? '0', unit);
  const account: PartnerAccountBalance = {
    accountId: b.account_id,
    accountType: b.account_type,
    amount,
    designatedAmount,
    creditAmount: toMajorUnits(b.credit_amount ?? '0', unit),
    available: subtractDecimal(amount, designatedAmount),
    currency: currencyOf(b.currency, 'cn'),
  };
  if (b.memo) account.memo = b.memo;
  return account;
}

export const ListPartnerBalances: Operation<PartnerBalances> = {
  name: 'ListPartnerBalances',
  method: 'GET',
  path: '/v2/accounts/partner-accounts/balances',
  idempotent: true,
  response: v.pipe(
    v.object({ account_balances: v.array(AccountBalance) }),
    v.transform((r) => {
      const accounts = r.account_balances.map(toPartnerAccount);
      const ceilingRow = accounts.find((a) => a.accountType === 8) ?? accounts.find((a) => a.accountType === 1);
      return { accounts, allocatable: ceilingRow?.available };
    }),
  ),
};

export async function listPartnerBalances(
  client: BssClient,
  options: { indirectPartnerId?: string; signal?: AbortSignal } = {},
): Promise<PartnerBalances> {
  return client.call(ListPartnerBalances, {
    query: { indirect_partner_id: options.indirectPartnerId },
    signal: options.signal,
  });
}
