/**
 * Money as people see it: formatting for our UI, and reading amounts the Partner Center page displays.
 * Assumptions about the page (partner-center.md §1.3, [I]): both the zh and en UIs write "," as the thousands
 * separator and "." as the decimal point ("¥1,234.56", "USD 1,200.00"); the European "1.234,56" style is not
 * used and is rejected rather than guessed. Masked cells ("****") are reported as masked, never as a number.
 */
import type { Currency, DecimalString, Site } from '@/utils/domain';
import { parseAmount } from './money';

export function currencyOfSite(site: Site): Currency {
  return site === 'cn' ? 'CNY' : 'USD';
}

export interface FormatOptions {
  /** Decimals to show; 2 by default (Huawei charges to the cent). */
  fractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * "¥1,234.56" / "-¥12.00" (CNY), "$1,200.00" (USD). narrowSymbol keeps "¥"/"$" in every locale instead of
 * "CN¥"/"US$". The amount is passed as a string so Intl rounds the exact decimal, not a float.
 */
export function formatMoney(
  amount: DecimalString,
  currency: Currency,
  locale: string,
  opts: FormatOptions = {},
): string {
  const digits = opts.fractionDigits ?? 2;
  const id = `${locale}|${currency}|${digits}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      // "-0.001" must not print as "-¥0.00".
      signDisplay: 'negative',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(id, f);
  }
  return f.format(amount as Intl.StringNumericLiteral);
}

export type DisplayedMoney =
  | { kind: 'amount'; value: DecimalString; currency: Currency | null }
  | { kind: 'masked' }
  | { kind: 'empty' }
  | { kind: 'invalid' };

// Longest markers first so "US$" is not read as "$" plus "US".
const MARKERS: ReadonlyArray<readonly [string, Currency]> = [
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['CN¥', 'CNY'],
  ['USD', 'USD'],
  ['US$', 'USD'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['元', 'CNY'],
  ['$', 'USD'],
];
const NUMBER_RE = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const EMPTY_CELLS = new Set(['', '-', '--', '—', 'N/A', '暂无']);

/** Reads "¥1,234.56", "-¥12.00", "￥ 0.00", "USD 1,200.00", "$1,200.00", "1,234.56 元", "(12.00)". */
export function parseDisplayedMoney(text: string): DisplayedMoney {
  // Space between digits is not a separator we accept ("1 234" could be two numbers); elsewhere it is padding.
  if (/\d[\s\u00a0\u3000]+\d/.test(text)) return { kind: 'invalid' };
  let s = text.replace(/[\s\u00a0\u3000]/g, '');
  if (s.includes('*')) return { kind: 'masked' };
  if (EMPTY_CELLS.has(s)) return { kind: 'empty' };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  let currency: Currency | null = null;
  for (const [marker, cur] of MARKERS) {
    if (!s.includes(marker)) continue;
    if (currency !== null && currency !== cur) return { kind: 'invalid' };
    currency = cur;
    s = s.replace(marker, '');
  }
  // A sign may sit before or after the symbol ("-¥12", "¥-12"); "−" is U+2212.
  const sign = /^[-−+]/.exec(s);
  if (sign) {
    negative = negative !== (sign[0] !== '+');
    s = s.slice(1);
  }
  if (!NUMBER_RE.test(s)) return { kind: 'invalid' };
  const parsed = parseAmount(`${negative ? '-' : ''}${s.replace(/,/g, '')}`);
  return parsed.ok ? { kind: 'amount', value: parsed.value, currency } : { kind: 'invalid' };
}
