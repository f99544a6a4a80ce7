/**
 * Money at the API boundary: API numbers become exact decimal strings, amounts we send are validated.
 * No float arithmetic anywhere; big.js does the little arithmetic needed here.
 *
 * Why String-of-number is exact enough: JSON.parse turns "12.3" into the double nearest to 12.3, and JS prints
 * a double as the shortest decimal that round-trips to it — which is the text the API sent whenever that text
 * had ≤ 15 significant digits (every realistic amount: 13 integer digits + 2 decimals). Big(n).toFixed() does
 * that printing without exponent notation (1e-7 → "0.0000001").
 */
import Big from 'big.js';
import * as v from 'valibot';
import type { DecimalString } from '@/utils/domain';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const SEND_AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

export function isDecimalString(value: string): value is DecimalString {
  return DECIMAL.test(value);
}

/** A finite JSON number as its exact decimal text (see module comment). */
export function numberToDecimal(n: number): DecimalString {
  return new Big(n).toFixed();
}

/** Money as the API sends it (JSON number or decimal string) → DecimalString; anything else fails validation. */
export const MoneySchema = v.union([
  v.pipe(v.number(), v.finite(), v.transform(numberToDecimal)),
  v.pipe(v.string(), v.trim(), v.regex(DECIMAL, 'not a decimal amount')),
]);

/** Normalise "-0" and trailing zeros away for comparisons/display input: "12.30" → "12.3". */
export function normalizeDecimal(value: DecimalString): DecimalString {
  return new Big(value).toFixed();
}

export function subtractDecimal(a: DecimalString, b: DecimalString): DecimalString {
  return new Big(a).minus(b).toFixed();
}

export function addDecimal(a: DecimalString, b: DecimalString): DecimalString {
  return new Big(a).plus(b).toFixed();
}

/** measure_id 1 = yuan/dollar, 2 = jiao (1/10), 3 = fen (1/100): convert to major units. */
export function toMajorUnits(value: DecimalString, measureId: number | undefined): DecimalString {
  if (measureId === 2) return new Big(value).div(10).toFixed();
  if (measureId === 3) return new Big(value).div(100).toFixed();
  return value;
}

export class InvalidAmountError extends Error {
  override readonly name = 'InvalidAmountError';
}

/**
 * Validate an amount we are about to SEND (allocation, reclaim, coupon face value, budget): > 0, at most 2
 * decimals, no exponent. Returns the canonical text; the JSON body carries it as a number built from that text.
 */
export function validateSendAmount(amount: DecimalString, { allowZero = false } = {}): DecimalString {
  const text = amount.trim();
  if (!SEND_AMOUNT.test(text)) {
    throw new InvalidAmountError('Amount must be a plain decimal with at most 2 decimals');
  }
  const big = new Big(text);
  if (allowZero ? big.lt(0) : big.lte(0)) throw new InvalidAmountError('Amount must be greater than 0');
  return big.toFixed();
}

/**
 * A validated amount as the JSON number the API wants. JSON.stringify prints it back as exactly the validated
 * text, because ≤ 15 significant digits (13 + 2) always round-trip through a double.
 */
export function amountToJsonNumber(amount: DecimalString): number {
  return Number(validateSendAmount(amount, { allowZero: true }));
}
