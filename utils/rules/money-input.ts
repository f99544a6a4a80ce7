/**
 * Validates an amount the user types before sending it (allocate funds, issue a voucher, set a budget).
 * The BSS API wants yuan/dollars > 0 with at most 2 decimals, and allocation must not exceed what the partner
 * can allocate (bss-api.md §4.3, §4.4; partner-center.md §2.4 "Allocation cap").
 */
import type { DecimalString } from '@/utils/domain';
import { compareMoney, decimalPlaces, isPositive, parseAmount, toFen } from './money';

export type SendAmountError = 'empty' | 'not-a-number' | 'not-positive' | 'too-many-decimals' | 'over-max';
export type SendAmountResult =
  | { ok: true; value: DecimalString; fen: number }
  | { ok: false; error: SendAmountError; max?: DecimalString };

// Plain digits, or digits with well-formed thousands commas; optional sign so "-5" reports not-positive.
const TYPED_RE = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/**
 * `max` is the ceiling (e.g. partner `amount − designated_amount`); omit it when unknown. Trailing zeros are
 * fine ("1.50" → "1.5"): only significant decimals beyond 2 are rejected.
 */
export function validateSendAmount(input: string, max?: DecimalString): SendAmountResult {
  const text = input.trim().replace(/[\s\u00a0]/g, '');
  if (text === '') return { ok: false, error: 'empty' };
  if (!TYPED_RE.test(text)) return { ok: false, error: 'not-a-number' };
  const parsed = parseAmount(text.replace(/,/g, ''));
  if (!parsed.ok) return { ok: false, error: 'not-a-number' };
  const value = parsed.value;
  if (!isPositive(value)) return { ok: false, error: 'not-positive' };
  if (decimalPlaces(value) > 2) return { ok: false, error: 'too-many-decimals' };
  if (max !== undefined && compareMoney(value, max) > 0) return { ok: false, error: 'over-max', max };
  const fen = toFen(value);
  if (fen === null) return { ok: false, error: 'over-max', ...(max === undefined ? {} : { max }) };
  return { ok: true, value, fen };
}
