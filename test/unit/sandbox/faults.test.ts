// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BssTestServer, type LedgerEntry, startBssTestServer } from '../../sandbox/bss/index';
import { arr, call, control } from './helpers';

let srv: BssTestServer;
const LIST = '/v2/partners/sub-customers/query';
const ALLOCATE = '/v2/accounts/partner-accounts/adjust-amount';
const list = () => call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', LIST, { body: { limit: 5 } });
const reseller = () => srv.sandbox.dataset.sites.cn.customers.find((c) => c.associationType === '2');
const allocate = (signal?: AbortSignal) =>
  call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', ALLOCATE, {
    body: { customer_id: reseller()?.customerId, amount: 1 },
    headers: { 'X-Sandbox-Intent-Id': 'intent-1' },
    signal,
  });

beforeAll(async () => {
  srv = await startBssTestServer({ site: 'cn', seed: 5, customers: 40, rateLimitPerSecond: 0 });
});
afterAll(() => srv.close());
beforeEach(() => srv.sandbox.reset());

describe('fault injection', () => {
  it('error burst: N responses with the given status/code, then normal', async () => {
    srv.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListSubCustomers'], status: 503, count: 2, retryAfter: 2 }],
    });
    const a = await list();
    expect([a.status, a.json.error_code, a.headers.get('retry-after')]).toEqual([503, 'CBC.0999', '2']);
    expect((await list()).status).toBe(503);
    expect((await list()).status).toBe(200);
    expect(srv.sandbox.requests.map((r) => r.fault ?? null)).toEqual(['error', 'error', null]);
  });

  it('targets operations: other APIs are untouched; skip lets requests through first', async () => {
    srv.sandbox.setFaults({ rules: [{ kind: 'error', operations: ['ListPartnerBalances'], status: 500, skip: 1 }] });
    expect((await list()).status).toBe(200);
    const bal = () => call(srv.baseUrl, srv.sandbox.accounts.cn, 'GET', '/v2/accounts/partner-accounts/balances');
    expect((await bal()).status).toBe(200);
    expect((await bal()).status).toBe(500);
  });

  it('targets one page of a list by its offset', async () => {
    srv.sandbox.setFaults({ rules: [{ kind: 'error', operations: ['ListSubCustomers'], offset: 5, status: 503 }] });
    const page = (offset: number) =>
      call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', LIST, { body: { limit: 5, offset } });
    expect((await page(0)).status).toBe(200);
    expect((await page(5)).status).toBe(503);
    expect((await page(10)).status).toBe(200);
  });

  it('raw: an HTML error page', async () => {
    srv.sandbox.setFaults({ rules: [{ kind: 'raw', status: 502 }] });
    const r = await list();
    expect(r.status).toBe(502);
    expect(r.headers.get('content-type')).toBe('text/html');
    expect(r.text).toMatch(/<html>/);
  });

  it('malformed JSON, wrongly-typed fields, truncated and slow bodies', async () => {
    srv.sandbox.setFaults({ rules: [{ kind: 'malformed-json', count: 1 }] });
    const bad = await list();
    expect(bad.status).toBe(200);
    expect(() => JSON.parse(bad.text)).toThrow();

    srv.sandbox.setFaults({ rules: [{ kind: 'wrong-types', count: 1 }] });
    const wrong = await list();
    expect(typeof wrong.json.count).toBe('string');

    srv.sandbox.setFaults({ rules: [{ kind: 'truncated', count: 1 }] });
    await expect(list()).rejects.toThrow();

    srv.sandbox.setFaults({ rules: [{ kind: 'slow-body', delayMs: 400, count: 1 }] });
    const t0 = Date.now();
    const slow = await list();
    expect(slow.json.count).toBe(40);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(350);
  });

  it('latency and connection reset', async () => {
    srv.sandbox.setFaults({ latencyMs: 200 });
    const t0 = Date.now();
    expect((await list()).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    srv.sandbox.setFaults({ rules: [{ kind: 'reset', count: 1 }] });
    await expect(list()).rejects.toThrow();
    expect((await list()).status).toBe(200);
  });

  it('money POST "apply then hang": the client times out but the ledger shows the allocation', async () => {
    srv.sandbox.setFaults({
      rules: [{ kind: 'hang', phase: 'after', operations: ['UpdateCustomerAccountAmount'], delayMs: 5000, count: 1 }],
    });
    await expect(allocate(AbortSignal.timeout(300))).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 50));
    expect(srv.sandbox.ledger).toHaveLength(1);
    expect(srv.sandbox.ledger[0]?.intentId).toBe('intent-1');
    expect(srv.sandbox.requests[0]).toMatchObject({ status: 0, fault: 'hang', moneyMoved: true });
  });

  it('money POST "apply then fail" (502 after commit) vs "fail before apply" and "hang before apply"', async () => {
    srv.sandbox.setFaults({ rules: [{ kind: 'error', phase: 'after', status: 502, count: 1 }] });
    expect((await allocate()).status).toBe(502);
    expect(srv.sandbox.ledger).toHaveLength(1);

    srv.sandbox.setFaults({ rules: [{ kind: 'error', phase: 'before', status: 503, count: 1 }] });
    expect((await allocate()).status).toBe(503);
    expect(srv.sandbox.ledger).toHaveLength(1);

    srv.sandbox.setFaults({ rules: [{ kind: 'hang', delayMs: 5000, count: 1 }] });
    await expect(allocate(AbortSignal.timeout(200))).rejects.toThrow();
    expect(srv.sandbox.ledger).toHaveLength(1);
  });

  it('control plane over HTTP: faults, ledger, requests, state, clock, reset', async () => {
    const base = srv.baseUrl;
    expect(await control(base, 'POST', '/__sandbox/faults', { rules: [{ kind: 'nope' }] })).toHaveProperty('error');
    await control(base, 'POST', '/__sandbox/faults', { rules: [{ kind: 'error', status: 500, count: 1 }] });
    expect((await list()).status).toBe(500);
    await control(base, 'POST', '/__sandbox/faults', {});
    expect((await allocate()).status).toBe(200);
    const ledger = (await control(base, 'GET', '/__sandbox/ledger')) as LedgerEntry[];
    expect(ledger.map((e) => e.kind)).toEqual(['allocate']);
    const requests = arr(await control(base, 'GET', '/__sandbox/requests?operation=UpdateCustomerAccountAmount'));
    expect(requests).toHaveLength(1);
    const state = (await control(base, 'GET', `/__sandbox/state?customer_id=${reseller()?.customerId}`)) as {
      balance: string;
    };
    expect(state.balance).toMatch(/^-?\d+\.\d\d$/);
    await control(base, 'POST', '/__sandbox/clock', { offsetMs: -30 * 60_000 });
    expect((await list()).status).toBe(401);
    await control(base, 'POST', '/__sandbox/reset');
    expect(srv.sandbox.ledger).toHaveLength(0);
    expect((await list()).status).toBe(401); // reset keeps the clock offset; it's set explicitly
    await control(base, 'POST', '/__sandbox/clock', { offsetMs: 0 });
    expect((await list()).status).toBe(200);
  });
});
