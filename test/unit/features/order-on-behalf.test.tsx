import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/order-on-behalf';
import { actingAsItem } from '@/entrypoints/partner-center.content/parts/acting-as-store';
import { decide } from '@/entrypoints/partner-center.content/parts/oob';
import { findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { fixtureData, loadFixture } from '../console/fixture';
import { background, expectedFor, hosts, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

let run: AbortController | undefined;
beforeEach(() => {
  background.states = {};
});
afterEach(() => run?.abort());

function rowsOf(site: 'cn' | 'intl') {
  const view = findCustomerTable(document);
  if (!view) throw new Error('no table');
  return readCustomerRows(view, site);
}

/** Stands in for the console's overlay: More opens a menu with the order-on-behalf item; it opens the dialog. */
function fakeConsoleMenu(customerId: string, enabled: boolean) {
  const row = [...document.querySelectorAll('tp-tbody > tp-tr')].find((r) => r.textContent?.includes(customerId));
  const more = [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent === '更多');
  more?.addEventListener('click', () => {
    const menu = document.createElement('tp-dropdown-menu');
    const item = document.createElement('tp-dropdown-item');
    item.textContent = '代客户下单';
    item.setAttribute('aria-disabled', String(!enabled));
    item.addEventListener('click', () => {
      const dialog = document.createElement('tp-modal');
      dialog.textContent = `客户ID: ${customerId}`;
      document.body.append(dialog);
    });
    menu.append(item);
    document.body.append(menu);
  });
}

describe('order-on-behalf on the China customer list', () => {
  it('adds the quick action to every row', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hosts('order-on-behalf')).toHaveLength(10));
  });

  it('refuses referral, frozen and blocked customers naming the failed check', async () => {
    loadFixture('customer-list.cn.zh.html');
    const data = fixtureData('cn');
    const signal = new AbortController().signal;
    for (const row of rowsOf('cn')) {
      const c = data.byId.get(row.customerId);
      const check = !c
        ? null
        : c.associationType === '1'
          ? 'reseller'
          : c.frozen !== 0
            ? 'not-frozen'
            : expectedFor(data, c) === 'blocked'
              ? 'money'
              : null;
      if (!check) continue;
      const outcome = await decide({
        site: 'cn',
        facts: row,
        anchor: row.actionCell,
        scope: row.row,
        document,
        signal,
      });
      expect(outcome.kind).toBe('refused');
      expect(outcome.reasons.map((r) => r.check)).toContain(check);
      expect(document.querySelector('tp-modal')).toBeNull();
    }
  });

  it('drives More → 代客户下单 for a healthy reseller and remembers whom we act as', async () => {
    loadFixture('customer-list.cn.zh.html');
    const data = fixtureData('cn');
    const row = rowsOf('cn').find((r) => {
      const c = data.byId.get(r.customerId);
      return c && c.associationType === '2' && r.authorized === true && c.frozen === 0 && expectedFor(data, c) === null;
    });
    if (!row) throw new Error('no healthy authorised reseller on the fixture');
    fakeConsoleMenu(row.customerId, true);
    const outcome = await decide({
      site: 'cn',
      facts: row,
      anchor: row.actionCell,
      scope: row.row,
      document,
      signal: new AbortController().signal,
    });
    expect(outcome.kind).toBe('opened');
    expect(document.querySelector('tp-modal')?.textContent).toContain(row.customerId);
    expect((await actingAsItem.getValue())?.customerId).toBe(row.customerId);
  });

  it('reports a disabled console item as missing authorisation', async () => {
    loadFixture('customer-list.cn.zh.html');
    const data = fixtureData('cn');
    const row = rowsOf('cn').find((r) => {
      const c = data.byId.get(r.customerId);
      return c && c.associationType === '2' && c.frozen === 0 && expectedFor(data, c) === null;
    });
    if (!row) throw new Error('no healthy reseller');
    fakeConsoleMenu(row.customerId, false);
    const facts = { ...row, authorized: 'unknown' as const };
    const outcome = await decide({
      site: 'cn',
      facts,
      anchor: row.actionCell,
      scope: row.row,
      document,
      signal: new AbortController().signal,
    });
    expect(outcome.kind).toBe('refused');
    expect(outcome.reasons.map((r) => r.check)).toEqual(['authorized']);
  });
});
