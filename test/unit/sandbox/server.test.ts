// @vitest-environment node
import { request } from 'node:https';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { sdkDate, sign } from './helpers';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 4, customers: 30 });
});
afterAll(() => sb.close());

/** HTTPS to 127.0.0.1 with the real host name in the Host header, as Chromium's host-resolver-rules would do. */
function send(host: string, method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; body: string; date?: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: sb.info.port, method, path, headers: { ...headers, host }, rejectUnauthorized: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, date: res.headers.date }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function signedHeaders(host: string, method: string, path: string, body: string, site: 'cn' | 'intl') {
  const acct = sb.bss.accounts[site];
  const headers = {
    'Content-Type': 'application/json',
    Host: host,
    'X-Sdk-Date': sdkDate(Date.now()),
    'X-Domain-Id': acct.domainId,
  };
  const s = sign({ method, path, headers, body, ak: acct.ak, sk: acct.sk });
  const { Host: _h, ...rest } = headers;
  return { ...rest, Authorization: s.authorization };
}

it('fills info.accounts with both sites and the temporary credentials', () => {
  expect(sb.info.accounts.map((a) => [a.site, a.securityToken !== undefined])).toEqual([
    ['cn', false],
    ['intl', false],
    ['cn', true],
    ['intl', true],
  ]);
});

it('routes by Host: bss and bss-intl serve their own site; IAM answers on both IAM hosts', async () => {
  const path = '/v2/partners/sub-customers/query';
  const body = '{"limit":1}';
  for (const [host, site] of [
    ['bss.myhuaweicloud.com', 'cn'],
    ['bss-intl.myhuaweicloud.com', 'intl'],
  ] as const) {
    const r = await send(host, 'POST', path, signedHeaders(host, 'POST', path, body, site), body);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).count).toBe(30);
    expect(r.date).toBeDefined();
  }
  // China credentials on the intl host: unknown AK there.
  const cross = await send(
    'bss-intl.myhuaweicloud.com',
    'POST',
    path,
    signedHeaders('bss-intl.myhuaweicloud.com', 'POST', path, body, 'cn'),
    body,
  );
  expect(cross.status).toBe(401);
  for (const [host, site] of [
    ['iam.myhuaweicloud.com', 'cn'],
    ['iam.ap-southeast-1.myhuaweicloud.com', 'intl'],
  ] as const) {
    const r = await send(host, 'GET', '/v3/auth/domains', signedHeaders(host, 'GET', '/v3/auth/domains', '', site));
    expect(JSON.parse(r.body).domains[0].id).toBe(sb.bss.accounts[site].domainId);
  }
});

it('answers the control plane on the bare address', async () => {
  const r = await send(`127.0.0.1:${sb.info.port}`, 'GET', '/__sandbox/ledger', {});
  expect(JSON.parse(r.body)).toEqual([]);
});
