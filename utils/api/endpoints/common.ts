/**
 * Shared pieces of the endpoint modules: boundary schemas for the value shapes BSS uses, the Page type, and
 * input validation that fails before anything is sent.
 */
import * as v from 'valibot';
import type { Currency, Site } from '@/utils/domain';
import { ApiError } from '../errors';
import { InvalidAmountError, MoneySchema, validateSendAmount } from '../money';

export { MoneySchema };

/** Optional field: the API may omit it or send null. */
export const opt = <T>(schema: v.GenericSchema<unknown, T>) => v.nullish(schema);

export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Int = v.pipe(v.number(), v.integer());
/** Enum-like codes documented sometimes as strings, sometimes as ints: normalised to a string. */
export const Code = v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))]);
export const OptMoney = v.nullish(MoneySchema);
/** Amounts that cannot be below zero (arrears, face values, budgets): a negative one is a corrupt answer. */
export const NonNegMoney = v.pipe(
  MoneySchema,
  v.check((d) => !d.startsWith('-') || /^-0*(\.0*)?$/.test(d), 'a non-negative amount'),
);
export const OptNonNegMoney = v.nullish(NonNegMoney);
export const OptStr = v.nullish(v.string());
export const CurrencySchema = v.nullish(v.picklist(['CNY', 'USD', '']));

/** Empty/absent currency means the site's currency (CNY on the China site). */
export function currencyOf(value: Currency | '' | null | undefined, site: Site): Currency {
  return value || (site === 'intl' ? 'USD' : 'CNY');
}

export interface Page<T> {
  items: T[];
  /** Total matching records on the server (not just this page). */
  total: number;
}

export interface PageParams {
  offset?: number;
  limit?: number;
}

/** A client-side rejection: nothing was sent. */
export function invalidInput(operation: string, message: string): ApiError {
  return new ApiError({
    kind: 'invalid',
    code: 'CLIENT.INVALID_INPUT',
    message: `${operation}: ${message}`,
    operation,
  });
}

export function checkPage(operation: string, { offset, limit }: PageParams, maxLimit: number): void {
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0)) throw invalidInput(operation, 'bad offset');
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > maxLimit)) {
    throw invalidInput(operation, `limit must be 1–${maxLimit}`);
  }
}

/** Validate an amount we send (> 0, ≤ 2 decimals) and return it as the JSON number the API expects. */
export function sendAmount(operation: string, amount: string): number {
  try {
    return Number(validateSendAmount(amount));
  } catch (error) {
    if (error instanceof InvalidAmountError) throw invalidInput(operation, error.message);
    throw error;
  }
}
