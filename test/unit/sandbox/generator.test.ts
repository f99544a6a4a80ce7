// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fenToString,
  generateDataset,
  HOSTILE_STRINGS,
  parseAmountFen,
  periodResourcesOf,
} from '../../sandbox/bss/index';

const NOW = Date.UTC(2025, 5, 15);

describe('dataset generator', () => {
  it('is deterministic: same seed, same data; another seed, other data', () => {
    const a = generateDataset({ seed: 42, customers: 500, now: NOW });
    const b = generateDataset({ seed: 42, customers: 500, now: NOW });
    const c = generateDataset({ seed: 43, customers: 500, now: NOW });
    for (const site of ['cn', 'intl'] as const) {
      expect(JSON.stringify(a.sites[site].customers)).toBe(JSON.stringify(b.sites[site].customers));
      expect(JSON.stringify(a.sites[site].coupons)).toBe(JSON.stringify(b.sites[site].coupons));
      expect(JSON.stringify(a.sites[site].orders)).toBe(JSON.stringify(b.sites[site].orders));
      expect(a.sites[site].account).toEqual(b.sites[site].account);
      const cust = a.sites[site].customers[7];
      const same = b.sites[site].customers[7];
      if (!cust || !same) throw new Error('missing customer');
      expect(periodResourcesOf(a.sites[site], 42, NOW, cust)).toEqual(periodResourcesOf(b.sites[site], 42, NOW, same));
    }
    expect(c.sites.cn.customers[0]?.customerId).not.toBe(a.sites.cn.customers[0]?.customerId);
  });

  // Its speed is measured by `npm run bench`, not here: shared machines make unit-test timings noisy.
  it('generates 100,000 customers for a site', () => {
    const ds = generateDataset({ seed: 1, customers: 100_000, now: NOW });
    expect(ds.sites.cn.customers).toHaveLength(100_000);
    expect(ds.sites.cn.byId.size).toBe(100_000);
  });

  it('covers the domain: both association types, balance states, frozen states, levels, hostile strings', () => {
    const cn = generateDataset({ seed: 9, customers: 2000, now: NOW }).sites.cn;
    const cs = cn.customers;
    expect(cs.every((c) => /^[0-9a-f]{32}$/.test(c.customerId))).toBe(true);
    const resellers = cs.filter((c) => c.associationType === '2').length / cs.length;
    expect(resellers).toBeGreaterThan(0.5);
    expect(resellers).toBeLessThan(0.7);
    const money = cs.filter((c) => c.associationType === '2');
    expect(money.some((c) => c.balanceFen > 5000)).toBe(true);
    expect(money.some((c) => c.balanceFen > 0 && c.balanceFen <= 5000)).toBe(true);
    expect(money.some((c) => c.balanceFen === 0 && c.debtFen === 0)).toBe(true);
    expect(money.some((c) => c.balanceFen < 0 && c.debtFen > 0)).toBe(true);
    expect(new Set(cs.map((c) => c.frozen))).toEqual(new Set([0, 1, 2]));
    expect(new Set(cs.map((c) => c.level))).toEqual(new Set(['V0', 'V1', 'V2', 'V3', 'V4', 'V5']));
    const text = cs.map((c) => `${c.name}|${c.label}|${c.accountManager}`).join('\n');
    for (const h of HOSTILE_STRINGS) expect(text).toContain(h);
    expect(cs.filter((c) => /[\u4e00-\u9fff]/.test(c.name)).length).toBeGreaterThan(cs.length / 2);
    expect(cn.coupons.length).toBeGreaterThan(500);
    expect(new Set(cn.partnerBalances.map((b) => b.accountType))).toEqual(new Set([1, 2, 5, 7, 8]));
  });

  it('gives some resources expiring within 7, 15 and 30 days', () => {
    const ds = generateDataset({ seed: 2, customers: 300, now: NOW });
    const site = ds.sites.cn;
    const days = site.customers
      .flatMap((c) => periodResourcesOf(site, 2, NOW, c))
      .map((r) => (Date.parse(r.expireTime) - NOW) / 86_400_000);
    expect(days.some((d) => d >= 0 && d < 7)).toBe(true);
    expect(days.some((d) => d >= 7 && d < 15)).toBe(true);
    expect(days.some((d) => d >= 15 && d < 30)).toBe(true);
    expect(days.some((d) => d < 0)).toBe(true);
  });

  it('keeps money exact: fen in, 2-decimal strings out', () => {
    expect(fenToString(1230)).toBe('12.30');
    expect(fenToString(-5)).toBe('-0.05');
    expect(parseAmountFen(0.1 + 0.2)).toBeNull();
    expect(parseAmountFen('12.3')).toBe(1230);
    expect(parseAmountFen(1234567.89)).toBe(123456789);
    expect(parseAmountFen('1.001')).toBeNull();
  });
});
