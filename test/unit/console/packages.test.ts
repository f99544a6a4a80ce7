/** Resource packages (资源包): selector counts and extraction on the committed fixtures, both languages. */
import { describe, expect, it } from 'vitest';
import { findPackageTable, parseReset, parseValidity, readPackageRows } from '@/utils/console/extract';
import { SEL } from '@/utils/console/selectors';
import { listPackages } from '../../sandbox/console/packages';
import { loadFixture } from './fixture';

const count = (selector: string) => document.querySelectorAll(selector).length;

describe.each(['packages.cn.zh.html', 'packages.intl.en.html'])('%s', (file) => {
  it('has one package table of 6 rows and 5 named columns', () => {
    loadFixture(file);
    expect(count(SEL.table)).toBe(1);
    expect(count(SEL.bodyRow)).toBe(6);
    expect(count(SEL.headerCell)).toBe(5);
    const view = findPackageTable(document);
    expect(view?.rows).toHaveLength(6);
    expect(Object.keys(view?.columns ?? {})).toHaveLength(5);
  });

  it('reads back exactly what the stand-in generated: quotas, validity and reset mode', () => {
    const { generated } = loadFixture(file);
    const view = findPackageTable(document);
    if (!view) throw new Error('no table');
    const rows = readPackageRows(view);
    const expected = listPackages(Date.parse(`${generated}T00:00:00Z`));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((r, i) => {
      const p = expected[i];
      if (!p) throw new Error('extra row');
      expect(r.unit).toBe(p.unit);
      expect(r.input).toEqual({
        quotaReuseMode: p.quotaReuseMode,
        ...(p.quotaReuseMode === 1 && {
          quotaReuseCycle: p.quotaReuseCycle,
          quotaReuseCycleType: p.quotaReuseCycleType,
        }),
        amount: p.amount,
        originalAmount: p.originalAmount,
        effectiveTime: p.effectiveTime,
        expireTime: p.expireTime,
      });
    });
  });
});

describe('package cell parsers', () => {
  it('tells the reset cycle and its type apart in both languages; "周期" is not a week', () => {
    expect(parseReset('每月重置（自然周期）')).toEqual({
      quotaReuseMode: 1,
      quotaReuseCycle: 4,
      quotaReuseCycleType: 1,
    });
    expect(parseReset('每日重置（订购周期）')).toEqual({
      quotaReuseMode: 1,
      quotaReuseCycle: 2,
      quotaReuseCycleType: 2,
    });
    expect(parseReset('Resets every week (calendar cycle)')).toMatchObject({ quotaReuseCycle: 3 });
    expect(parseReset('不重置')).toEqual({ quotaReuseMode: 2 });
    expect(parseReset('Not resettable')).toEqual({ quotaReuseMode: 2 });
    expect(parseReset('')).toBeNull();
    expect(parseReset('??')).toBeNull();
  });

  it('reads validity on the Beijing wall clock', () => {
    expect(parseValidity('2026-01-01 00:00:00 ~ 2027-01-01 00:00:00')).toEqual({
      from: '2025-12-31T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
    expect(parseValidity('garbage')).toEqual({ from: undefined, to: undefined });
  });
});
