// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BssTestServer, type SandboxCustomer, startBssTestServer } from '../../sandbox/bss/index';
import { arr, call } from './helpers';

let srv: BssTestServer;
const post = (path: string, body: unknown) => call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', path, { body });
const get = (path: string, query: [string, string][] = []) =>
  call(srv.baseUrl, srv.sandbox.accounts.cn, 'GET', path, { query });
const customers = (): SandboxCustomer[] => srv.sandbox.dataset.sites.cn.customers;
const reseller = () => customers().find((c) => c.associationType === '2' && c.balanceFen > 100_000);
const referral = () => customers().find((c) => c.associationType === '1');
const ALLOCATE = '/v2/accounts/partner-accounts/adjust-amount';

beforeAll(async () => {
  srv = await startBssTestServer({ site: 'cn', seed: 3, customers: 300 });
});
afterAll(() => srv.close());
beforeEach(() => srv.sandbox.reset());

describe('China BSS API', () => {
  it('throttles the 11th call to one API within a second (429 CBC.0250), other APIs unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await get('/v2/accounts/partner-accounts/balances')).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const last = await get('/v2/accounts/partner-accounts/balances');
    expect(statuses[10]).toBe(429);
    expect(last.json.error_code).toBe('CBC.0250');
    expect((await post('/v2/partners/sub-customers/query', {})).status).toBe(200);
    srv.sandbox.setRateLimit(0);
    for (let i = 0; i < 15; i++) expect((await get('/v2/accounts/partner-accounts/balances')).status).toBe(200);
    srv.sandbox.setRateLimit(10);
  });

  it('ListSubCustomers pages, filters and rejects limit > 100 with CBC.0101', async () => {
    const page = await post('/v2/partners/sub-customers/query', { offset: 100, limit: 100 });
    expect(page.json.count).toBe(300);
    expect(arr(page.json.customer_infos)).toHaveLength(100);
    const referrals = await post('/v2/partners/sub-customers/query', { association_type: '1', limit: 100 });
    expect(arr(referrals.json.customer_infos).every((c) => c.association_type === '1')).toBe(true);
    const tooBig = await post('/v2/partners/sub-customers/query', { limit: 101 });
    expect([tooBig.status, tooBig.json.error_code]).toEqual([400, 'CBC.0101']);
    const badType = await post('/v2/partners/sub-customers/query', { limit: '10' });
    expect(badType.status).toBe(400);
  });

  it('ListCustomersBalancesDetail silently drops referral customers and needs 1–100 customer_infos', async () => {
    const r1 = reseller();
    const r2 = referral();
    const r = await post('/v2/accounts/customer-accounts/balances/batch-query', {
      customer_infos: [{ customer_id: r1?.customerId }, { customer_id: r2?.customerId }],
    });
    expect(r.status).toBe(200);
    const balances = arr(r.json.customer_balances);
    expect(balances.map((b) => b.customer_id)).toEqual([r1?.customerId]);
    expect(balances[0]?.amount).toBe((r1?.balanceFen ?? 0) / 100);
    const empty = await post('/v2/accounts/customer-accounts/balances/batch-query', { customer_infos: [] });
    expect([empty.status, empty.json.error_code]).toEqual([400, 'CBC.0101']);
    const many = Array.from({ length: 101 }, () => ({ customer_id: r1?.customerId }));
    expect((await post('/v2/accounts/customer-accounts/balances/batch-query', { customer_infos: many })).status).toBe(
      400,
    );
    const missing = await post('/v2/accounts/customer-accounts/balances/batch-query', {});
    expect([missing.status, missing.json.error_code]).toEqual([400, 'CBC.0100']);
  });

  it('moves money on every allocation: the same request twice allocates twice', async () => {
    const c = reseller();
    const before = c?.balanceFen ?? 0;
    const body = { customer_id: c?.customerId, amount: 12.3 };
    const a = await post(ALLOCATE, body);
    const b = await post(ALLOCATE, body);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.transfer_id).not.toBe(b.json.transfer_id);
    expect(srv.sandbox.ledger.filter((e) => e.kind === 'allocate')).toHaveLength(2);
    expect(srv.sandbox.ledger[0]).toMatchObject({ amount: '12.30', amountFen: 1230, customerId: c?.customerId });
    expect(c?.balanceFen).toBe(before + 2460);
    const records = await get('/v3/accounts/partner-accounts/adjust-records', [
      ['customer_id', c?.customerId ?? ''],
      ['operation_type', 'SOURCE_OPERATION_BEADJUST'],
    ]);
    const transIds = arr(records.json.records).map((r) => r.trans_id);
    expect(transIds).toContain(a.json.transfer_id);
    expect(arr(records.json.records)[0]?.amount).toBe('12.30');
    expect(srv.sandbox.requests.filter((r) => r.moneyMoved)).toHaveLength(2);
  });

  it('reports insufficient balance (CBC.99005003) without moving money', async () => {
    const c = reseller();
    const r = await post(ALLOCATE, { customer_id: c?.customerId, amount: '99999999.99' });
    expect([r.status, r.json.error_code]).toEqual([400, 'CBC.99005003']);
    expect(srv.sandbox.ledger).toHaveLength(0);
    const reclaim = await post('/v2/accounts/partner-accounts/reclaim', {
      customer_id: c?.customerId,
      amount: 99999999,
    });
    expect(reclaim.json.error_code).toBe('CBC.99005003');
  });

  it('validates amounts and refuses referral and foreign customers', async () => {
    const c = reseller();
    for (const amount of [0, -1, 1.234, 'abc']) {
      const r = await post(ALLOCATE, { customer_id: c?.customerId, amount });
      expect([r.status, r.json.error_code]).toEqual([400, 'CBC.0101']);
    }
    expect((await post(ALLOCATE, { amount: 1 })).json.error_code).toBe('CBC.0100');
    expect((await post(ALLOCATE, { customer_id: referral()?.customerId, amount: 1 })).json.error_code).toBe('CBC.5021');
    expect((await post(ALLOCATE, { customer_id: 'f'.repeat(32), amount: 1 })).json.error_code).toBe('CBC.99000035');
    expect(srv.sandbox.ledger).toHaveLength(0);
  });

  it('rejects a concurrent allocation for the same customer with CBC.99007461', async () => {
    srv.sandbox.setFaults({ applyDelayMs: 300 });
    const c = reseller();
    const [a, b] = await Promise.all([
      post(ALLOCATE, { customer_id: c?.customerId, amount: 1 }),
      new Promise((r) => setTimeout(r, 50)).then(() => post(ALLOCATE, { customer_id: c?.customerId, amount: 1 })),
    ]);
    expect(a.status).toBe(200);
    expect([b.status, b.json.error_code]).toEqual([400, 'CBC.99007461']);
    expect(srv.sandbox.ledger).toHaveLength(1);
  });

  it('reclaims to the partner account', async () => {
    const c = reseller();
    const before = c?.balanceFen ?? 0;
    const r = await post('/v2/accounts/partner-accounts/reclaim', { customer_id: c?.customerId, amount: '5.05' });
    expect(r.status).toBe(200);
    expect(typeof r.json.trans_id).toBe('string');
    expect(c?.balanceFen).toBe(before - 505);
    expect(srv.sandbox.ledger[0]?.kind).toBe('reclaim');
  });

  it('issues coupons with partial success (HTTP 200, coupon_infos + error_details)', async () => {
    const quotas = await post('/v2/partners/coupon-quotas/query', { quota_status_list: [0] });
    const quota = arr(quotas.json.quotas).find((q) => Number(q.balance) > 1000);
    const ok = reseller()?.customerId;
    const ref = referral()?.customerId;
    const r = await post('/v2/promotions/benefits/partner-coupons', {
      quota_id: quota?.quota_id,
      customer_ids: [ok, ref, 'f'.repeat(32)],
      face_value: 100,
    });
    expect(r.status).toBe(200);
    expect(arr(r.json.coupon_infos).map((x) => x.id)).toEqual([ok]);
    expect(arr(r.json.error_details).map((x) => [x.id, x.error_code])).toEqual([
      [ref, 'CBC.5021'],
      ['f'.repeat(32), 'CBC.99000035'],
    ]);
    expect(srv.sandbox.ledger.map((e) => e.kind)).toEqual(['coupon-issue']);
    const couponId = String(arr(r.json.coupon_infos)[0]?.coupon_id);
    const listed = await get('/v2/promotions/benefits/partner-coupons', [['coupon_id', couponId]]);
    expect(arr(listed.json.user_coupons)[0]).toMatchObject({ status: 2, face_value: 100, balance: 100 });
    const reclaim = await post('/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: couponId });
    expect([reclaim.status, reclaim.text]).toEqual([200, '']);
    const again = await post('/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: couponId });
    expect(again.json.error_code).toBe('CBC.0150');
  });

  it('reports coupon quota errors (CBC.99000012)', async () => {
    const quotas = srv.sandbox.dataset.sites.cn.quotas;
    const frozen = quotas.find((q) => q.status !== 0);
    const small = quotas.find((q) => q.status === 0 && q.balanceFen === 5_000);
    const id = reseller()?.customerId;
    const r1 = await post('/v2/promotions/benefits/partner-coupons', {
      quota_id: frozen?.quotaId,
      customer_ids: [id],
      face_value: 1,
    });
    expect([r1.status, r1.json.error_code]).toEqual([400, 'CBC.99000012']);
    const r2 = await post('/v2/promotions/benefits/partner-coupons', {
      quota_id: small?.quotaId,
      customer_ids: [id],
      face_value: 51,
    });
    expect(r2.status).toBe(200);
    expect(arr(r2.json.error_details)[0]?.error_code).toBe('CBC.99000012');
  });

  it('serves resources, orders, bills, policies and new-customer tags', async () => {
    const c = customers().find((x) => x.associationType === '2');
    const res = await post('/v2/orders/suscriptions/resources/query', { customer_id: c?.customerId, limit: 100 });
    expect(res.status).toBe(200);
    expect(typeof res.json.total_count).toBe('number');
    const od = await post('/v2/partners/sub-customers/on-demand-resources/query', { customer_id: c?.customerId });
    expect(od.status).toBe(200);
    const odRef = await post('/v2/partners/sub-customers/on-demand-resources/query', {
      customer_id: referral()?.customerId,
    });
    expect(odRef.json.error_code).toBe('CBC.99000000');
    const orders = await get('/v2/orders/customer-orders', [['limit', '100']]);
    expect(arr(orders.json.order_infos).length).toBeGreaterThan(0);
    expect((await get('/v2/orders/customer-orders', [['limit', '101']])).status).toBe(400);
    const bills = await get('/v2/bills/partner-bills/subcustomer-bills/monthly-sum', [
      ['cycle', '2025-01'],
      ['charge_mode', '1'],
    ]);
    expect(bills.json.currency).toBe('CNY');
    expect((await get('/v2/bills/partner-bills/subcustomer-bills/monthly-sum', [['cycle', '2025-01']])).status).toBe(
      400,
    );
    const pol = await get('/v2/products/incentive-discount-policies', [['time', '2025-01']]);
    expect(arr(pol.json.policies).length).toBeGreaterThan(0);
    const tags = await post('/v2/partners/sub-customers/new-customers-tags/batch-query', {
      customer_ids: [c?.customerId, 'f'.repeat(32)],
    });
    expect(arr(tags.json.new_customer_tags)).toHaveLength(1);
  });
});
