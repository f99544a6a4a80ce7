import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MoneySchema,
  normalizeDecimal,
  numberToDecimal,
  subtractDecimal,
  toMajorUnits,
  validateSendAmount,
} from '@/utils/api/money';

describe('money at the API boundary', () => {
  it('turns JSON numbers into the decimal text the API sent (≤ 15 significant digits)', () => {
    const parsed = JSON.parse('{"a":0.1,"b":1234567890123.45,"c":1e-7,"d":-5,"e":100.10,"f":1e21}') as Record<
      string,
      number
    >;
    expect(Object.fromEntries(Object.entries(parsed).map(([k, n]) => [k, numberToDecimal(n)]))).toEqual({
      a: '0.1',
      b: '1234567890123.45',
      c: '0.0000001',
      d: '-5',
      e: '100.1',
      f: '1000000000000000000000',
    });
  });

  it('MoneySchema accepts numbers and decimal strings, rejects anything else', () => {
    expect(v.parse(MoneySchema, 12.3)).toBe('12.3');
    expect(v.parse(MoneySchema, '12.30')).toBe('12.30');
    for (const bad of ['abc', '1e5', '', Number.NaN, Number.POSITIVE_INFINITY, null, {}, [], true]) {
      expect(v.safeParse(MoneySchema, bad).success).toBe(false);
    }
  });

  it('does decimal arithmetic without floats', () => {
    expect(subtractDecimal('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimal('100', '100.01')).toBe('-0.01');
    expect(normalizeDecimal('12.30')).toBe('12.3');
    expect(toMajorUnits('1234', 3)).toBe('12.34');
    expect(toMajorUnits('12.5', 1)).toBe('12.5');
  });

  it('validates amounts we send: > 0, at most 2 decimals, plain decimal', () => {
    expect(validateSendAmount('100.5')).toBe('100.5');
    expect(validateSendAmount(' 0.01 ')).toBe('0.01');
    for (const bad of ['0', '0.00', '-1', '1.234', '1e3', 'abc', '', '12345678901234', '.5']) {
      expect(() => validateSendAmount(bad)).toThrow();
    }
  });
});
