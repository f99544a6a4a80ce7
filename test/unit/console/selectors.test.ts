/** Each named selector's expected counts on the committed fixtures (architecture.md §4). */
import { describe, expect, it } from 'vitest';
import {
  findControl,
  findCustomerTable,
  findIncentiveTable,
  findMentions,
  findMoneyCard,
  readCustomerRows,
  readIncentiveRows,
  readRunningTotal,
} from '@/utils/console/extract';
import { HEADERS, isHeader, LABELS, SEL, textOf } from '@/utils/console/selectors';
import { loadFixture } from './fixture';

const count = (selector: string) => document.querySelectorAll(selector).length;

describe.each([
  ['customer-list.cn.zh.html', 'cn', 'balance'],
  ['customer-list.cn.en.html', 'cn', 'balance'],
  ['customer-list.intl.en.html', 'intl', 'budgetUsage'],
] as const)('%s', (file, site, moneyHeader) => {
  it('has one customer table of 10 rows with every named column', () => {
    loadFixture(file);
    expect(count(SEL.table)).toBe(1);
    expect(count(SEL.bodyRow)).toBe(10);
    expect(count(SEL.headerCell)).toBe(11);
    const view = findCustomerTable(document);
    expect(view?.rows).toHaveLength(10);
    for (const name of [
      'customerId',
      'accountName',
      'associationType',
      'level',
      'accountStatus',
      'authorization',
      moneyHeader,
      'operation',
    ] as const) {
      expect(view?.columns[name], name).toBeTypeOf('number');
    }
    expect(view?.columns[moneyHeader === 'balance' ? 'budgetUsage' : 'balance']).toBeUndefined();
  });

  it('reads 10 customer rows with IDs, types and statuses; money only for resellers', () => {
    loadFixture(file);
    const view = findCustomerTable(document);
    if (!view) throw new Error('no table');
    const rows = readCustomerRows(view, site);
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r.associationType).not.toBeNull();
      expect(r.frozen).not.toBeNull();
      expect(r.money === null).toBe(r.associationType === '1');
      expect(r.accountName).toBeNull(); // masked until the eye icon is clicked
    }
  });

  it('finds a More control in every row and none outside rows', () => {
    loadFixture(file);
    const rows = [...document.querySelectorAll(SEL.bodyRow)];
    expect(rows.filter((r) => findControl(r, SEL.button, LABELS.more))).toHaveLength(10);
    expect(count(SEL.menu)).toBe(0); // overlay menus exist only once opened
  });
});

describe.each([
  ['incentive-details.cn.zh.html', 'cn', 21],
  ['incentive-details.intl.en.html', 'intl', 20],
] as const)('%s', (file, site, rows) => {
  it(`reads ${rows} incentive rows and the running total`, () => {
    loadFixture(file);
    const view = findIncentiveTable(document);
    expect(view?.rows).toHaveLength(rows);
    // Every column the rules read (the page has no association-type column; account names are not read here).
    expect(Object.keys(view?.columns ?? {})).toHaveLength(14);
    expect(readIncentiveRows(view ?? { table: document.body, columns: {}, rows: [] }, site)).toHaveLength(rows);
    expect(findMentions(document)).toHaveLength(rows);
    const total = readRunningTotal(document);
    expect(total?.consumption).toMatch(/^\d+(\.\d+)?$/);
    expect(total?.incentive).toMatch(/^\d+(\.\d+)?$/);
  });
});

describe.each([
  ['orders.cn.zh.html', 50],
  ['coupons.cn.zh.html', 50],
])('%s', (file, mentions) => {
  it(`mentions ${mentions} customer IDs and has no customer table`, () => {
    loadFixture(file);
    expect(findMentions(document)).toHaveLength(mentions);
    expect(findCustomerTable(document)?.columns.balance).toBeUndefined();
  });
});

describe.each([
  ['customer-detail.cn.zh.html', 'cn'],
  ['customer-detail.intl.en.html', 'intl'],
] as const)('%s', (file, site) => {
  it('has the header fields and exactly one money card', () => {
    loadFixture(file);
    expect(count(SEL.field)).toBe(site === 'cn' ? 6 : 7);
    expect(count(SEL.card)).toBe(2);
    expect(findMoneyCard(document, site)).not.toBeNull();
    const labels = [...document.querySelectorAll(SEL.field)].map((f) => textOf(f.children[0] as Element));
    expect(labels.some((l) => isHeader(l, 'customerId'))).toBe(true);
  });
});

describe('header anchors', () => {
  it('every header has a zh and an en text, none shared between two columns', () => {
    const all = Object.values(HEADERS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [name, texts] of Object.entries(HEADERS)) expect(texts.length, name).toBeGreaterThanOrEqual(2);
  });
});
