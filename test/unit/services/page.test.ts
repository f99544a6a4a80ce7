import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter } from '@/utils/router';
import { type CachedCustomer, createMemoryPageSource, pageHandlers } from '@/utils/services/page';

const ID = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

function setup(now = 1_000_000) {
  const source = createMemoryPageSource();
  const opened: string[] = [];
  const handlers = pageHandlers({
    source,
    statusSettings: async () => ({ lowAmount: '100' }),
    openAction: async (action, site, id) => {
      opened.push(`${site}:${action}:${id ?? ''}`);
      return true;
    },
    now: () => now,
  });
  return { source, handlers, opened };
}

const apiRecord = (balance: string, fetchedAt: number): CachedCustomer => ({
  customerId: ID,
  customer: { associationType: '2', frozen: 0, accountName: 'acme' },
  money: { site: 'cn', customerId: ID, balance, debt: '0', currency: 'CNY' },
  fetchedAt,
  source: 'api',
});

describe('page.* handlers', () => {
  it('answers states with the status decided by the rules, page figures tagged as such', async () => {
    const { handlers } = setup();
    await handlers['page.reportFigures'](
      { site: 'cn', rows: [{ customerId: ID, associationType: '2', frozen: 0, balance: '50' }] },
      'content-script',
    );
    const { states, partnerFetchedAt } = await handlers['page.customerStates'](
      { site: 'cn', customerIds: [ID, OTHER] },
      'content-script',
    );
    expect(states[ID]).toMatchObject({ status: 'low', source: 'page', fetchedAt: 1_000_000 });
    expect(states[OTHER]).toBeUndefined();
    expect(partnerFetchedAt).toBeNull();
  });

  it('never lets older page figures replace fresher API data', async () => {
    const { handlers, source } = setup(5_000);
    source.put('cn', apiRecord('-10', 9_000));
    const { stored } = await handlers['page.reportFigures'](
      { site: 'cn', rows: [{ customerId: ID, associationType: '2', balance: '500' }] },
      'content-script',
    );
    expect(stored).toBe(0);
    const { states, partnerFetchedAt } = await handlers['page.customerStates'](
      { site: 'cn', customerIds: [ID] },
      'content-script',
    );
    expect(states[ID]).toMatchObject({ status: 'blocked', source: 'api', accountName: 'acme' });
    expect(partnerFetchedAt).toBe(9_000);
  });

  it('hides money of referral customers and ignores rows that do not say their type', async () => {
    const { handlers } = setup();
    const { stored } = await handlers['page.reportFigures'](
      {
        site: 'intl',
        rows: [
          { customerId: ID, associationType: '1', budget: '5', used: '1' },
          { customerId: OTHER, budget: '1', used: '0' },
        ],
      },
      'content-script',
    );
    expect(stored).toBe(1);
    const { states } = await handlers['page.customerStates'](
      { site: 'intl', customerIds: [ID, OTHER] },
      'content-script',
    );
    expect(states[ID]).toMatchObject({ status: 'not-applicable', money: null });
    expect(states[OTHER]).toBeUndefined();
  });

  it('keeps the sites apart', async () => {
    const { handlers, source } = setup();
    source.put('cn', apiRecord('10', 1));
    const { states } = await handlers['page.customerStates']({ site: 'intl', customerIds: [ID] }, 'content-script');
    expect(states).toEqual({});
  });

  it('opens extension pages for actions', async () => {
    const { handlers, opened } = setup();
    expect(
      await handlers['page.openAction']({ site: 'cn', action: 'allocate', customerId: ID }, 'content-script'),
    ).toEqual({ opened: true });
    expect(opened).toEqual([`cn:allocate:${ID}`]);
  });
});

describe('page.* through the router', () => {
  const ctx = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
  const contentScript = {
    id: 'ext',
    url: 'https://account.huaweicloud.com/obmgr/',
    tab: { id: 1 },
  } as Browser.runtime.MessageSender;
  const app = { 'app.status': async () => ({ version: '1', statusCount: 1, workerStartedAt: 1 }) };

  it('without a page handler answers an error Result the content script can fall back on', async () => {
    const route = createRouter(app, ctx);
    const reply = await route(
      { type: 'page.customerStates', payload: { site: 'cn', customerIds: [ID] } },
      contentScript,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'handler-failed', reason: 'no-handler' } });
  });

  it.each([
    ['a malformed id', { site: 'cn', customerIds: ['not-an-id'] }],
    ['more than 500 ids', { site: 'cn', customerIds: Array.from({ length: 501 }, () => ID) }],
    ['another site', { site: 'eu', customerIds: [ID] }],
    ['an extra field', { site: 'cn', customerIds: [ID], sk: 'x' }],
  ])('rejects %s', async (_name, payload) => {
    const route = createRouter({ ...app, ...setup().handlers }, ctx);
    expect(await route({ type: 'page.customerStates', payload }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('rejects page figures that are not decimals', async () => {
    const route = createRouter({ ...app, ...setup().handlers }, ctx);
    const payload = { site: 'cn', rows: [{ customerId: ID, associationType: '2', balance: '<img src=x>' }] };
    expect((await route({ type: 'page.reportFigures', payload }, contentScript)).ok).toBe(false);
  });
});
