import { describe, expect, it } from 'vitest';
import { openAssistantDb } from '@/utils/cache/db';
import { putMoneyStates, upsertCustomersPage } from '@/utils/cache/repositories';
import type { PartnerScope } from '@/utils/domain';
import { pageHandlers } from '@/utils/services/page';
import { createCachePageSource } from '@/utils/services/page-source';

const API: PartnerScope = { partnerId: 'a'.repeat(32), site: 'cn' };
const ID = '0123456789abcdef0123456789abcdef';

async function setup(apiAt: number | null) {
  const db = await openAssistantDb();
  if (apiAt !== null) {
    await upsertCustomersPage(
      db,
      API,
      [{ customerId: ID, accountName: 'acme', name: '', associationType: '2', frozen: 0 }],
      { fetchedAt: apiAt, source: 'api' },
    );
    await putMoneyStates(db, API, [{ site: 'cn', customerId: ID, balance: '500', debt: '0', currency: 'CNY' }], {
      fetchedAt: apiAt,
      source: 'api',
    });
  }
  let now = 1000;
  const handlers = pageHandlers({
    source: createCachePageSource({
      db: async () => db,
      activeScope: async () => API,
      partnerSyncedAt: async () => apiAt,
    }),
    statusSettings: async () => ({ lowAmount: '100' }),
    openAction: async () => false,
    now: () => now,
  });
  const report = (balance: string, at: number) => {
    now = at;
    return handlers['page.reportFigures'](
      { site: 'cn', rows: [{ customerId: ID, associationType: '2', balance }] },
      'content-script',
    );
  };
  const states = () => handlers['page.customerStates']({ site: 'cn', customerIds: [ID] }, 'content-script');
  return { db, report, states };
}

describe('page data source over the cache', () => {
  it('answers cached API data with its status, money, time and source', async () => {
    const { states } = await setup(2000);
    const reply = await states();
    expect(reply.partnerFetchedAt).toBe(2000);
    expect(reply.states[ID]).toMatchObject({ status: 'ok', source: 'api', fetchedAt: 2000, accountName: 'acme' });
    expect(reply.states[ID]?.money).toEqual({ site: 'cn', customerId: ID, balance: '500', debt: '0', currency: 'CNY' });
  });

  it('never lets an older page figure override fresher API data', async () => {
    const { report, states } = await setup(2000);
    expect(await report('-5', 1500)).toEqual({ stored: 0 });
    expect((await states()).states[ID]).toMatchObject({ source: 'api', status: 'ok' });
  });

  it('a newer page figure wins', async () => {
    const newer = await setup(2000);
    expect(await newer.report('-5', 3000)).toEqual({ stored: 1 });
    expect((await newer.states()).states[ID]).toMatchObject({ source: 'page', status: 'blocked', fetchedAt: 3000 });
  });

  it('a newer page figure keeps the API account name (pages report money, not who the customer is)', async () => {
    const { report, states } = await setup(2000);
    await report('-5', 3000);
    expect((await states()).states[ID]).toMatchObject({ source: 'page', status: 'blocked', accountName: 'acme' });
  });

  it('page-only mode (no API data) stores and answers page figures', async () => {
    const pageOnly = await setup(null);
    await pageOnly.report('50', 10);
    expect((await pageOnly.states()).states[ID]).toMatchObject({ source: 'page', status: 'low' });
  });
});
