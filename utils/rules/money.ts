/**
 * Decimal money. Amounts stay decimal strings end to end (architecture.md §5): parse once at the edge into a
 * canonical string, compute with big.js, never with floats. Canonical form = plain notation, no exponent, no
 * trailing zeros, no "-0" ("12.30" → "12.3", "1e3" → "1000").
 */
import Big from 'big.js';
import type { DecimalString } from '@/utils/domain';

// A private constructor so settings elsewhere (Big.DP, Big.strict) can't change our results.
const D = Big();
D.DP = 20;
D.RM = Big.roundHalfUp;

export type MoneyParseError = 'empty' | 'not-a-number' | 'not-finite' | 'wrong-type';
export type MoneyParse = { ok: true; value: DecimalString } | { ok: false; error: MoneyParseError };

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Parses an API amount (string or number) without throwing. Commas and symbols are rejected here. */
export function parseAmount(input: unknown): MoneyParse {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, error: 'not-finite' };
    return { ok: true, value: canonical(new D(String(input))) };
  }
  if (typeof input !== 'string') return { ok: false, error: 'wrong-type' };
  const text = input.trim();
  const plain = plainCanonical(text);
  if (plain !== null) return { ok: true, value: plain };
  if (text === '') return { ok: false, error: 'empty' };
  if (/^[+-]?(infinity|inf)$/i.test(text)) return { ok: false, error: 'not-finite' };
  if (!DECIMAL_RE.test(text)) return { ok: false, error: 'not-a-number' };
  return { ok: true, value: canonical(new D(text.replace(/^\+/, ''))) };
}

const PLAIN_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * canonical() of a plain "-12.30"-style decimal by string edits, without big.js (a page of figures parses hundreds
 * of these). Null for anything else (exponents, ".5"), which takes the big.js path.
 */
function plainCanonical(text: string): DecimalString | null {
  const m = PLAIN_RE.exec(text);
  if (!m) return null;
  let int = m[2] ?? '';
  if (int.length > 1 && int.startsWith('0')) int = int.replace(/^0+(?=\d)/, '');
  let frac = m[3] ?? '';
  if (frac.endsWith('0')) frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return body === '0' ? '0' : `${m[1]}${body}`;
}

/** True if `input` parses as an amount (type guard for already-validated strings). */
export function isAmount(input: unknown): input is DecimalString {
  return parseAmount(input).ok;
}

function canonical(b: Big): DecimalString {
  return b.eq(0) ? '0' : b.toFixed();
}

/** Internal: DecimalStrings are validated at the boundary; a bad one here is a programming error and throws. */
function big(a: DecimalString): Big {
  return new D(a);
}

export function compareMoney(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  return big(a).cmp(big(b)) as -1 | 0 | 1;
}

export function addMoney(a: DecimalString, b: DecimalString): DecimalString {
  return canonical(big(a).plus(big(b)));
}

export function subtractMoney(a: DecimalString, b: DecimalString): DecimalString {
  return canonical(big(a).minus(big(b)));
}

export function sumMoney(amounts: Iterable<DecimalString>): DecimalString {
  let total = new D(0);
  for (const a of amounts) total = total.plus(big(a));
  return canonical(total);
}

export function multiplyMoney(a: DecimalString, factor: DecimalString): DecimalString {
  return canonical(big(a).times(big(factor)));
}

/** a ÷ b, or null when b is 0. Kept at 20 decimal places. */
export function divideMoney(a: DecimalString, b: DecimalString): DecimalString | null {
  const d = big(b);
  return d.eq(0) ? null : canonical(big(a).div(d));
}

export function negateMoney(a: DecimalString): DecimalString {
  return canonical(big(a).times(-1));
}

export function absMoney(a: DecimalString): DecimalString {
  return canonical(big(a).abs());
}

export function isNonPositive(a: DecimalString): boolean {
  return big(a).lte(0);
}

export function isNegative(a: DecimalString): boolean {
  return big(a).lt(0);
}

export function isPositive(a: DecimalString): boolean {
  return big(a).gt(0);
}

export function isZero(a: DecimalString): boolean {
  return big(a).eq(0);
}

/** Rounds to `dp` decimals, half up (away from zero), as Huawei's 2-decimal charging does for display. */
export function roundMoney(a: DecimalString, dp = 2): DecimalString {
  return canonical(big(a).round(dp, Big.roundHalfUp));
}

/** Truncates toward zero to `dp` decimals (抹零: rated amounts are cut to the cent, partner-center.md INC-14). */
export function truncateMoney(a: DecimalString, dp = 2): DecimalString {
  return canonical(big(a).round(dp, Big.roundDown));
}

/** Integer fen (cents), rounded half up. Amounts beyond Number.MAX_SAFE_INTEGER fen (≈ 9e13 yuan) return null. */
export function toFen(a: DecimalString): number | null {
  const fen = big(a).times(100).round(0, Big.roundHalfUp);
  const n = Number(fen.toFixed());
  return Number.isSafeInteger(n) ? n : null;
}

export function fromFen(fen: number): DecimalString {
  return canonical(new D(fen).div(100));
}

/** Number of decimal places written in a canonical amount ("1.5" → 1). */
export function decimalPlaces(a: DecimalString): number {
  const dot = a.indexOf('.');
  return dot < 0 ? 0 : a.length - dot - 1;
}
