import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  divideMoney,
  fromFen,
  isNegative,
  isNonPositive,
  isPositive,
  isZero,
  multiplyMoney,
  parseAmount,
  roundMoney,
  subtractMoney,
  sumMoney,
  toFen,
  truncateMoney,
} from '@/utils/rules/money';
import { parseDisplayedMoney } from '@/utils/rules/money-display';

describe('parseAmount', () => {
  it.each([
    ['12.30', '12.3'],
    ['-5', '-5'],
    ['+7.10', '7.1'],
    [' 0.00 ', '0'],
    ['-0', '0'],
    ['1e3', '1000'],
    ['1.5E-9', '0.0000000015'],
    ['.5', '0.5'],
    ['12345678901234567890.123456789', '12345678901234567890.123456789'],
    [0.1, '0.1'],
    [-3, '-3'],
    [1e21, '1000000000000000000000'],
    [-0, '0'],
  ])('%j → %s', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  it('reads plain decimals exactly as big.js does (the string fast path)', () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^\\d{1,${max}}$`));
    fc.assert(
      fc.property(fc.boolean(), digits(25), fc.option(digits(12)), (negative, int, frac) => {
        const text = `${negative ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`;
        const big = new Big(text);
        expect(parseAmount(text)).toEqual({ ok: true, value: big.eq(0) ? '0' : big.toFixed() });
      }),
    );
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['1,234.56', 'not-a-number'],
    ['¥12', 'not-a-number'],
    ['12.3.4', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-finite'],
    ['-inf', 'not-finite'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [null, 'wrong-type'],
    [undefined, 'wrong-type'],
    [{}, 'wrong-type'],
    [12n, 'wrong-type'],
  ])('rejects %s as %s without throwing', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });
});

describe('arithmetic', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['-12.5', '12.5', '0'],
    ['99999999999999999.99', '0.01', '100000000000000000'],
  ])('%s + %s = %s (no float drift)', (a, b, sum) => {
    expect(addMoney(a, b)).toBe(sum);
  });

  it.each([
    ['0.3', '0.1', '0.2'],
    ['10', '10.01', '-0.01'],
  ])('%s − %s = %s', (a, b, diff) => {
    expect(subtractMoney(a, b)).toBe(diff);
  });

  it('sums, multiplies and divides', () => {
    expect(sumMoney(['0.1', '0.2', '-0.05'])).toBe('0.25');
    expect(sumMoney([])).toBe('0');
    expect(multiplyMoney('100', '0.85')).toBe('85');
    expect(divideMoney('10', '4')).toBe('2.5');
    expect(divideMoney('10', '0')).toBeNull();
  });

  it.each([
    ['1', '2', -1],
    ['2.0', '2', 0],
    ['-1', '-2', 1],
  ])('compare(%s, %s) = %i', (a, b, c) => {
    expect(compareMoney(a, b)).toBe(c);
  });

  it.each([
    ['-0.01', true, true, false, false],
    ['0', true, false, true, false],
    ['0.01', false, false, false, true],
  ])('signs of %s', (a, nonPos, neg, zero, pos) => {
    expect([isNonPositive(a), isNegative(a), isZero(a), isPositive(a)]).toEqual([nonPos, neg, zero, pos]);
  });
});

describe('rounding and fen', () => {
  it.each([
    ['1.005', '1.01', '1'],
    ['-1.005', '-1.01', '-1'],
    ['2.12345678', '2.12', '2.12'],
    ['0.004', '0', '0'],
  ])('%s rounds to %s, truncates to %s', (a, rounded, truncated) => {
    expect(roundMoney(a)).toBe(rounded);
    expect(truncateMoney(a)).toBe(truncated);
  });

  it.each([
    ['12.34', 1234],
    ['-0.5', -50],
    ['0.005', 1],
    ['1', 100],
    ['90071992547409.91', 9007199254740991],
    ['90071992547409.92', null],
  ])('toFen(%s) = %j', (a, fen) => {
    expect(toFen(a)).toBe(fen);
  });

  it('round-trips fen', () => {
    expect(fromFen(123456)).toBe('1234.56');
    expect(fromFen(-5)).toBe('-0.05');
  });
});

describe('properties', () => {
  it('parseAmount and parseDisplayedMoney never throw on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.anything()), (input) => {
        const r = parseAmount(input);
        expect(typeof r.ok).toBe('boolean');
        if (typeof input === 'string')
          expect(['amount', 'masked', 'empty', 'invalid']).toContain(parseDisplayedMoney(input).kind);
      }),
    );
  });

  it('fen round-trips and add/subtract are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (a, b) => {
        const x = fromFen(a);
        const y = fromFen(b);
        expect(toFen(x)).toBe(a);
        expect(subtractMoney(addMoney(x, y), y)).toBe(x);
        expect(compareMoney(x, y)).toBe(Math.sign(a - b));
      }),
    );
  });
});
