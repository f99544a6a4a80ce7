// @vitest-environment node
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalRequest, signatureOf } from '../../sandbox/bss/canonical';
import { type BssTestServer, startBssTestServer } from '../../sandbox/bss/index';
import { call, sign } from './helpers';

describe('signature reference (bss-api.md §2.2 vector)', () => {
  const input = {
    method: 'GET',
    path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
    query: [
      ['limit', '2'],
      ['marker', '13551d6b-755d-4757-b956-536f674975c0'],
    ] as [string, string][],
    headers: {
      'Content-Type': 'application/json',
      Host: 'service.region.example.com',
      'X-Sdk-Date': '20191115T033655Z',
    },
    body: '',
    ak: 'QTWAOYTTINDUT2QVKYUC',
    sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
  };

  it('the test signer reproduces the documented signature', () => {
    expect(sign(input).authorization).toContain(
      'Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it('the sandbox verifier computes the same canonical request and signature', () => {
    const canonical = canonicalRequest({
      method: 'GET',
      rawPath: input.path,
      query: { limit: ['2'], marker: ['13551d6b-755d-4757-b956-536f674975c0'] },
      headers: {
        'content-type': 'application/json',
        host: 'service.region.example.com',
        'x-sdk-date': '20191115T033655Z',
      },
      signedHeaders: ['content-type', 'host', 'x-sdk-date'],
      body: Buffer.alloc(0),
    });
    expect(canonical).toBe(sign(input).canonical);
    expect(signatureOf(input.sk, '20191115T033655Z', canonical)).toBe(
      '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });
});

describe('gateway checks', () => {
  let srv: BssTestServer;
  beforeAll(async () => {
    srv = await startBssTestServer({ site: 'cn', seed: 7, customers: 50 });
  });
  afterAll(() => srv.close());

  it('accepts a correctly signed POST and sends Date and X-Request-Id', async () => {
    const r = await call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', '/v2/partners/sub-customers/query', {
      body: { offset: 0, limit: 10 },
    });
    expect(r.status).toBe(200);
    expect(r.json.count).toBe(50);
    expect(r.headers.get('date')).toMatch(/GMT$/);
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('accepts a GET with repeated keys, spaces, slashes and non-ASCII in the query', async () => {
    const r = await call(srv.baseUrl, srv.sandbox.accounts.cn, 'GET', '/v2/orders/customer-orders', {
      query: [
        ['service_type_code', 'a b/c'],
        ['customer_id', '云 x'],
        ['status', '5'],
        ['x_ignored', 'z'],
        ['x_ignored', 'a'],
        ['x_ignored', 'a~*'],
      ],
    });
    expect(r.status).toBe(200);
  });

  it('accepts requests signed by the official Node SDK signer', async () => {
    const acct = srv.sandbox.accounts.cn;
    const cred = new GlobalCredentials().withAk(acct.ak).withSk(acct.sk).withDomainId(acct.domainId);
    const data = { customer_infos: [{ customer_id: srv.sandbox.dataset.sites.cn.customers[0]?.customerId }] };
    const path = '/v2/accounts/customer-accounts/balances/batch-query';
    const headers: Record<string, string> = AKSKSigner.sign(
      {
        endpoint: `${srv.baseUrl}${path}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Domain-Id': acct.domainId },
        data,
      },
      cred,
    );
    const { host: _host, ...send } = headers;
    const res = await fetch(`${srv.baseUrl}${path}`, { method: 'POST', headers: send, body: JSON.stringify(data) });
    expect(res.status).toBe(200);

    const q = { limit: '5', offset: '0', customer_id: 'a b' };
    const getHeaders: Record<string, string> = AKSKSigner.sign(
      {
        endpoint: `${srv.baseUrl}/v2/orders/customer-orders`,
        method: 'GET',
        headers: { 'X-Domain-Id': acct.domainId },
        queryParams: q,
      },
      cred,
    );
    const { host: _h, ...sendGet } = getHeaders;
    const get = await fetch(`${srv.baseUrl}/v2/orders/customer-orders?limit=5&offset=0&customer_id=a%20b`, {
      headers: sendGet,
    });
    expect(get.status).toBe(200);
  });

  it('rejects a tampered body with 401 APIGW.0301 and a request_id', async () => {
    const r = await call(srv.baseUrl, srv.sandbox.accounts.cn, 'POST', '/v2/partners/sub-customers/query', {
      body: { limit: 10 },
      tamper: true,
    });
    expect(r.status).toBe(401);
    expect(r.json.error_code).toBe('APIGW.0301');
    expect(String(r.json.error_msg)).toMatch(/^Incorrect IAM authentication information/);
    expect(r.json.request_id).toBe(r.headers.get('x-request-id'));
  });

  it('rejects an unknown AK and a wrong SK', async () => {
    const acct = srv.sandbox.accounts.cn;
    for (const bad of [
      { ...acct, ak: 'SBXCNUNKNOWN00000000' },
      { ...acct, sk: 'wrong' },
    ]) {
      const r = await call(srv.baseUrl, bad, 'GET', '/v2/accounts/partner-accounts/balances');
      expect(r.status).toBe(401);
      expect(r.json.error_code).toBe('APIGW.0301');
    }
  });

  it('rejects X-Sdk-Date more than 15 minutes off, mentioning the time; 14 minutes is fine', async () => {
    const acct = srv.sandbox.accounts.cn;
    const path = '/v2/accounts/partner-accounts/balances';
    const late = await call(srv.baseUrl, acct, 'GET', path, { time: Date.now() - 16 * 60_000 });
    expect(late.status).toBe(401);
    expect(late.json.error_code).toBe('APIGW.0301');
    expect(String(late.json.error_msg)).toMatch(/15 minutes/);
    expect((await call(srv.baseUrl, acct, 'GET', path, { time: Date.now() + 14 * 60_000 })).status).toBe(200);

    srv.sandbox.setClockOffset(20 * 60_000);
    const skewed = await call(srv.baseUrl, acct, 'GET', path);
    expect(skewed.status).toBe(401);
    const serverDate = Date.parse(skewed.headers.get('date') ?? '');
    expect(serverDate - Date.now()).toBeGreaterThan(19 * 60_000);
    srv.sandbox.setClockOffset(0);
  });

  it('requires X-Domain-Id and rejects a foreign one', async () => {
    const acct = srv.sandbox.accounts.cn;
    const path = '/v2/accounts/partner-accounts/balances';
    const missing = await call(srv.baseUrl, acct, 'GET', path, { headers: { 'X-Domain-Id': null } });
    expect([missing.status, missing.json.error_code]).toEqual([401, 'APIGW.0301']);
    const foreign = await call(srv.baseUrl, acct, 'GET', path, { headers: { 'X-Domain-Id': 'f'.repeat(32) } });
    expect([foreign.status, foreign.json.error_code]).toEqual([403, 'CBC.0155']);
  });

  it('temporary credentials need the signed X-Security-Token', async () => {
    const tmp = srv.sandbox.temporaryAccounts.cn;
    const path = '/v2/accounts/partner-accounts/balances';
    expect((await call(srv.baseUrl, tmp, 'GET', path)).status).toBe(200);
    const without = await call(srv.baseUrl, tmp, 'GET', path, { headers: { 'X-Security-Token': null } });
    expect(without.status).toBe(401);
    const wrong = await call(srv.baseUrl, tmp, 'GET', path, { headers: { 'X-Security-Token': 'sbx-sts-nope' } });
    expect(wrong.status).toBe(401);
  });

  it('answers unknown APIs and other-site APIs with 404 APIGW.0101', async () => {
    const acct = srv.sandbox.accounts.cn;
    const unknown = await call(srv.baseUrl, acct, 'GET', '/v2/nothing/here');
    expect([unknown.status, unknown.json.error_code]).toEqual([404, 'APIGW.0101']);
    const intlOnly = await call(srv.baseUrl, acct, 'GET', '/v2/partners/credit/consumption-quota');
    expect(intlOnly.status).toBe(404);
    const slash = await call(srv.baseUrl, acct, 'POST', '/v2/partners/sub-customers/query/', { body: {} });
    expect(slash.status).toBe(404);
  });

  it('serves IAM /v3/auth/domains with the account id (no X-Domain-Id needed)', async () => {
    const acct = srv.sandbox.accounts.cn;
    const r = await call(srv.iamBaseUrl, acct, 'GET', '/v3/auth/domains', { headers: { 'X-Domain-Id': null } });
    expect(r.status).toBe(200);
    const domains = r.json.domains as { id: string }[];
    expect(domains[0]?.id).toBe(acct.domainId);
  });

  it('records every request with its operation and status', () => {
    const rec = srv.sandbox.requests.find((r) => r.operation === 'ListSubCustomers' && r.status === 200);
    expect(rec).toMatchObject({ site: 'cn', kind: 'bss', method: 'POST', moneyMoved: false, body: { limit: 10 } });
  });
});
