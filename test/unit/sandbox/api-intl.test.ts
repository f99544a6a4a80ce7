// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BssTestServer, startBssTestServer } from '../../sandbox/bss/index';
import { arr, call } from './helpers';

let srv: BssTestServer;
const post = (path: string, body: unknown) => call(srv.baseUrl, srv.sandbox.accounts.intl, 'POST', path, { body });
const get = (path: string, query: [string, string][] = []) =>
  call(srv.baseUrl, srv.sandbox.accounts.intl, 'GET', path, { query });
const intl = () => srv.sandbox.dataset.sites.intl;

beforeAll(async () => {
  srv = await startBssTestServer({ site: 'intl', seed: 11, customers: 120 });
});
afterAll(() => srv.close());
beforeEach(() => srv.sandbox.reset());

describe('international BSS API', () => {
  it('has budgets in every state, including new-and-frozen and exhausted', () => {
    const budgets = intl().customers.flatMap((c) => (c.budget ? [{ c, b: c.budget }] : []));
    expect(budgets.some(({ b }) => b.usedFen >= b.amountFen && b.amountFen > 0)).toBe(true);
    expect(budgets.some(({ c, b }) => b.amountFen === 0 && c.frozen === 1)).toBe(true);
    expect(new Set(budgets.map(({ b }) => b.type))).toEqual(new Set(['MONTHLY', 'PACKAGE']));
    expect(
      intl()
        .customers.filter((c) => c.associationType === '1')
        .every((c) => !c.budget),
    ).toBe(true);
  });

  it('updates a budget, unfreezing on request, and shows it', async () => {
    const c = intl().customers.find((x) => x.budget && x.frozen === 1);
    const r = await post('/v2/partners/sub-customers/budget', {
      customer_id: c?.customerId,
      budget_amount: 250.5,
      budget_type: 'PACKAGE',
      cancel_partner_frozen: '1',
    });
    expect([r.status, r.text]).toEqual([200, '']);
    expect(c?.frozen).toBe(0);
    expect(srv.sandbox.ledger[0]).toMatchObject({ kind: 'budget-update', amount: '250.50' });
    const show = await get('/v2/partners/sub-customers/budget', [['customer_id', c?.customerId ?? '']]);
    expect(show.json).toMatchObject({ budget_amount: 250.5, budget_type: 'PACKAGE', currency: 'USD', measure_id: 1 });
    const bad = await post('/v2/partners/sub-customers/budget', { customer_id: c?.customerId, budget_amount: 1.005 });
    expect(bad.json.error_code).toBe('CBC.0101');
    const referral = intl().customers.find((x) => x.associationType === '1');
    const ref = await post('/v2/partners/sub-customers/budget', {
      customer_id: referral?.customerId,
      budget_amount: 1,
    });
    expect(ref.json.error_code).toBe('CBC.5021');
  });

  it('lists budgets of reseller customers only', async () => {
    const ids = intl()
      .customers.slice(0, 10)
      .map((c) => c.customerId);
    const r = await post('/v2/partners/sub-customers/budget/query', { customer_ids: ids });
    const resellers = intl()
      .customers.slice(0, 10)
      .filter((c) => c.associationType === '2');
    expect(arr(r.json.budget_infos).map((b) => b.customer_id)).toEqual(resellers.map((c) => c.customerId));
  });

  it('freezes and unfreezes with per-customer error_details', async () => {
    const c = intl().customers.find((x) => x.associationType === '2' && x.frozen === 0);
    const referral = intl().customers.find((x) => x.associationType === '1');
    const r = await post('/v2/partners/sub-customers/freeze', {
      customer_ids: [c?.customerId, referral?.customerId],
      reason: 'test',
    });
    expect(r.status).toBe(200);
    expect(arr(r.json.error_details).map((d) => d.customer_id)).toEqual([referral?.customerId]);
    expect(c?.frozen).toBe(1);
    const u = await post('/v2/partners/sub-customers/unfreeze', { customer_ids: [c?.customerId] });
    expect([u.status, u.text]).toEqual([200, '']);
    expect(c?.frozen).toBe(0);
  });

  it('shows the consumption quota as strings and hides China-only APIs', async () => {
    const q = await get('/v2/partners/credit/consumption-quota');
    expect(typeof q.json.consumption_quota).toBe('string');
    expect(q.json.currency).toBe('USD');
    const allocate = await post('/v2/accounts/partner-accounts/adjust-amount', { customer_id: 'x', amount: 1 });
    expect([allocate.status, allocate.json.error_code]).toEqual([404, 'APIGW.0101']);
    const list = await post('/v2/partners/sub-customers/query', { limit: 5 });
    expect(list.json.count).toBe(120);
  });

  it('mostly English names on the intl site', () => {
    const cjk = intl().customers.filter((c) => /[\u4e00-\u9fff]/.test(c.name)).length;
    expect(cjk).toBeLessThan(intl().customers.length / 2);
  });
});
