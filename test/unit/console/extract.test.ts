/** DOM → domain extraction agrees with the dataset the fixtures were generated from. */
import { describe, expect, it } from 'vitest';
import {
  findCustomerTable,
  findIncentiveTable,
  parseMoneyCell,
  percentFactor,
  readCustomerDetail,
  readCustomerRows,
  readIncentiveRows,
} from '@/utils/console/extract';
import { customerIdFromRoute } from '@/utils/console/pages';
import { fenToString } from '../../sandbox/bss/money';
import { isAuthorized } from '../../sandbox/console/data';
import { fixtureData, loadFixture } from './fixture';

const canon = (fen: number) => String(Number(fenToString(fen)));

describe.each([
  ['customer-list.cn.zh.html', 'cn'],
  ['customer-list.cn.en.html', 'cn'],
  ['customer-list.intl.en.html', 'intl'],
] as const)('customer rows of %s', (file, site) => {
  it('match the dataset field by field', () => {
    loadFixture(file);
    const view = findCustomerTable(document);
    if (!view) throw new Error('no table');
    for (const row of readCustomerRows(view, site)) {
      const c = fixtureData(site).byId.get(row.customerId);
      if (!c) throw new Error(`unknown ${row.customerId}`);
      expect(row.associationType).toBe(c.associationType);
      expect(row.frozen).toBe(c.frozen);
      expect(row.level).toBe(c.level);
      expect(row.authorized).toBe(c.associationType === '2' ? isAuthorized(c) : 'unknown');
      if (c.associationType === '1') expect(row.money).toBeNull();
      else if (row.money?.site === 'cn') expect(row.money.balance).toBe(canon(c.balanceFen));
      else if (row.money?.site === 'intl' && c.budget) {
        expect([row.money.used, row.money.budget]).toEqual([canon(c.budget.usedFen), canon(c.budget.amountFen)]);
      } else throw new Error(`reseller ${row.customerId} without money`);
    }
  });
});

describe.each([
  ['customer-detail.cn.zh.html', 'cn'],
  ['customer-detail.intl.en.html', 'intl'],
] as const)('customer detail %s', (file, site) => {
  it('reads the header and money card of the customer in the route', () => {
    const { url } = loadFixture(file);
    const id = customerIdFromRoute(new URL(url));
    if (!id) throw new Error('no id in the fixture URL');
    const facts = readCustomerDetail(document, site, id);
    const c = fixtureData(site).byId.get(id);
    expect(facts?.associationType).toBe(c?.associationType);
    expect(facts?.frozen).toBe(c?.frozen);
    expect(facts?.accountName).toBe(c?.accountName);
    expect(facts?.money).not.toBeNull();
    if (site === 'intl') expect(facts?.budgetType).toBe(c?.budget?.type === 'PACKAGE' ? 'PACKAGE' : 'MONTHLY');
    // Another customer's id never reads this page.
    expect(readCustomerDetail(document, site, '0'.repeat(32))).toBeNull();
  });
});

describe('incentive rows', () => {
  it('carry every signal the INC rules need', () => {
    loadFixture('incentive-details.cn.zh.html');
    const view = findIncentiveTable(document);
    if (!view) throw new Error('no table');
    const rows = readIncentiveRows(view, 'cn');
    const [first] = rows;
    expect(first?.input).toMatchObject({ consumption: '900', listPrice: '1000', discountFactor: '0.9', rate: '0.05' });
    expect(first?.shownIncentive).toBe('45');
    expect(rows.filter((r) => r.input.incentivePolicy === null)).toHaveLength(1);
    expect(rows.filter((r) => r.input.refund)).toHaveLength(1);
    expect(rows.filter((r) => r.input.payoutMethod === 'voucher-quota')).toHaveLength(1);
    expect(rows.filter((r) => r.input.discountFactor === undefined)).toHaveLength(1);
    expect(rows.filter((r) => r.input.regionCode && !r.input.regionCode.startsWith('cn-'))).toHaveLength(1);
  });

  it('on the intl site, leaves the region out (INC-11 compares with China regions)', () => {
    loadFixture('incentive-details.intl.en.html');
    const view = findIncentiveTable(document);
    const rows = view ? readIncentiveRows(view, 'intl') : [];
    expect(rows.every((r) => r.input.regionCode === undefined)).toBe(true);
  });
});

describe('cell parsing', () => {
  it.each([
    ['90%', '0.9'],
    ['5%', '0.05'],
    ['--', undefined],
    ['abc%', undefined],
  ])('percent %s → %s', (text, factor) => {
    expect(percentFactor(text)).toBe(factor);
  });

  it.each([
    ['cn', '¥1,234.56', { balance: '1234.56' }],
    ['cn', '-¥12.00', { balance: '-12' }],
    ['cn', '--', null],
    ['cn', '$5.00', null],
    ['intl', '$120.00 / $500.00', { used: '120', budget: '500' }],
    ['intl', '$120.00', null],
    ['intl', '****', null],
  ] as const)('%s %s', (site, text, expected) => {
    const m = parseMoneyCell(site, 'x', text);
    if (expected === null) expect(m).toBeNull();
    else expect(m).toMatchObject(expected);
  });
});
