import { describe, expect, it } from 'vitest';
import { validateSendAmount } from '@/utils/rules/money-input';

describe('validateSendAmount', () => {
  it.each([
    ['100', undefined, '100', 10000],
    [' 12.5 ', undefined, '12.5', 1250],
    ['0.01', undefined, '0.01', 1],
    ['1,234.56', undefined, '1234.56', 123456],
    ['1.50', undefined, '1.5', 150],
    ['1.500', undefined, '1.5', 150],
    ['500', '500', '500', 50000],
  ])('accepts %j (max %s) as %s', (input, max, value, fen) => {
    expect(validateSendAmount(input, max)).toEqual({ ok: true, value, fen });
  });

  it.each([
    ['', undefined, 'empty'],
    ['  ', undefined, 'empty'],
    ['abc', undefined, 'not-a-number'],
    ['1e3', undefined, 'not-a-number'],
    ['12,34', undefined, 'not-a-number'],
    ['1.234,56', undefined, 'not-a-number'],
    ['¥10', undefined, 'not-a-number'],
    ['0', undefined, 'not-positive'],
    ['0.00', undefined, 'not-positive'],
    ['-5', undefined, 'not-positive'],
    ['1.001', undefined, 'too-many-decimals'],
    ['500.01', '500', 'over-max'],
    ['99999999999999999', undefined, 'over-max'],
  ])('rejects %j (max %s) as %s', (input, max, error) => {
    const result = validateSendAmount(input, max);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('reports the max it was checked against', () => {
    expect(validateSendAmount('10', '9.99')).toEqual({ ok: false, error: 'over-max', max: '9.99' });
  });
});
