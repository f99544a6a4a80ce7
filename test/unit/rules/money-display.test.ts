import { describe, expect, it } from 'vitest';
import { currencyOfSite, formatMoney, parseDisplayedMoney } from '@/utils/rules/money-display';

describe('formatMoney', () => {
  it.each([
    ['1234.56', 'CNY', 'zh-CN', '¥1,234.56'],
    ['1234.56', 'CNY', 'en-US', '¥1,234.56'],
    ['-12', 'CNY', 'zh-CN', '-¥12.00'],
    ['0', 'CNY', 'zh-CN', '¥0.00'],
    ['-0.001', 'CNY', 'zh-CN', '¥0.00'],
    ['1200', 'USD', 'en-US', '$1,200.00'],
    ['-1200.5', 'USD', 'en-US', '-$1,200.50'],
    ['1200', 'USD', 'zh-CN', '$1,200.00'],
    ['1.005', 'CNY', 'en-US', '¥1.01'],
    ['12345678901234567.885', 'CNY', 'en-US', '¥12,345,678,901,234,567.89'],
  ] as const)('%s %s in %s → %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it('can show more decimals for rated amounts', () => {
    expect(formatMoney('0.12345678', 'CNY', 'en-US', { fractionDigits: 8 })).toBe('¥0.12345678');
  });

  it.each([
    ['cn', 'CNY'],
    ['intl', 'USD'],
  ] as const)('site %s uses %s', (site, currency) => {
    expect(currencyOfSite(site)).toBe(currency);
  });
});

describe('parseDisplayedMoney', () => {
  it.each([
    ['¥1,234.56', '1234.56', 'CNY'],
    ['-¥12.00', '-12', 'CNY'],
    ['¥-12.00', '-12', 'CNY'],
    ['−¥12.00', '-12', 'CNY'],
    ['￥ 0.00', '0', 'CNY'],
    ['CN¥5', '5', 'CNY'],
    ['1,234.56 元', '1234.56', 'CNY'],
    ['CNY 88.8', '88.8', 'CNY'],
    ['USD 1,200.00', '1200', 'USD'],
    ['$1,200.00', '1200', 'USD'],
    ['US$1,200.00', '1200', 'USD'],
    ['-$0.50', '-0.5', 'USD'],
    ['($12.00)', '-12', 'USD'],
    ['1\u00a0234.5', null, null],
    ['1,234.56', '1234.56', null],
    ['  42 ', '42', null],
  ])('%j → %s %s', (text, value, currency) => {
    const parsed = parseDisplayedMoney(text);
    if (value === null) expect(parsed.kind).toBe('invalid');
    else expect(parsed).toEqual({ kind: 'amount', value, currency });
  });

  it.each([
    ['****', 'masked'],
    ['¥**.**', 'masked'],
    ['', 'empty'],
    ['--', 'empty'],
    ['1.234,56', 'invalid'],
    ['12,34', 'invalid'],
    ['¥$12', 'invalid'],
    ['abc', 'invalid'],
    ['¥', 'invalid'],
    ['¥1.2.3', 'invalid'],
  ])('%j → %s', (text, kind) => {
    expect(parseDisplayedMoney(text).kind).toBe(kind);
  });
});
