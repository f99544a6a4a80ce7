// @vitest-environment node
/** IAM domain lookup and the connection check's diagnoses, with a CN and an intl sandbox side by side. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BssTestServer, startBssTestServer } from '@/test/sandbox/bss/index';
import { createClient } from '@/utils/api/client';
import { type ConnectionCheckOptions, checkConnection } from '@/utils/api/connection-check';
import { listSubCustomers } from '@/utils/api/endpoints/customers';
import { showOwnDomain } from '@/utils/api/endpoints/iam';
import { fakeFetch, json } from '../helpers';

let cn: BssTestServer;
let intl: BssTestServer;
beforeAll(async () => {
  [cn, intl] = await Promise.all([
    startBssTestServer({ site: 'cn', seed: 3, customers: 20 }),
    startBssTestServer({ site: 'intl', seed: 3, customers: 20 }),
  ]);
});
beforeEach(() => {
  cn.sandbox.reset();
  intl.sandbox.reset();
  cn.sandbox.setClockOffset(0);
});
afterAll(async () => {
  await Promise.all([cn.close(), intl.close()]);
});

function options(credentials: ConnectionCheckOptions['credentials']): ConnectionCheckOptions {
  return {
    credentials,
    baseUrls: {
      cn: { bss: cn.baseUrl, iam: cn.iamBaseUrl },
      intl: { bss: intl.baseUrl, iam: intl.iamBaseUrl },
    },
    retry: { baseMs: 10 },
  };
}
const cnCreds = () => ({ ...cn.sandbox.accounts.cn, site: 'cn' as const });

describe('IAM', () => {
  it("GET /v3/auth/domains returns the AK's account id (no X-Domain-Id sent)", async () => {
    const client = createClient({ credentials: { ...cnCreds(), domainId: '' }, baseUrls: { iam: cn.iamBaseUrl } });
    expect((await showOwnDomain(client)).id).toBe(cn.sandbox.accounts.cn.domainId);
    expect(cn.sandbox.requests[0]?.kind).toBe('iam');
  });
});

describe('connection check', () => {
  it('ok', async () => {
    expect(await checkConnection(options(cnCreds()))).toMatchObject({ status: 'ok', site: 'cn', clockWarning: false });
  });

  it('bad secret key', async () => {
    expect(await checkConnection(options({ ...cnCreds(), sk: 'wrong-secret-key-000000' }))).toEqual({
      status: 'bad-credentials',
    });
  });

  it('wrong account id', async () => {
    expect(await checkConnection(options({ ...cnCreds(), domainId: 'b'.repeat(32) }))).toEqual({
      status: 'wrong-account-id',
      actualDomainId: cn.sandbox.accounts.cn.domainId,
    });
  });

  it('missing Partner Center permission', async () => {
    cn.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListSubCustomers'], status: 403, errorCode: 'CBC.0151' }],
    });
    expect(await checkConnection(options(cnCreds()))).toEqual({ status: 'missing-permission', code: 'CBC.0151' });
  });

  it('wrong site: an intl key on the China host', async () => {
    const intlKey = { ...intl.sandbox.accounts.intl, site: 'cn' as const };
    expect(await checkConnection(options(intlKey))).toEqual({ status: 'wrong-site', actualSite: 'intl' });
  });

  it('wrong site: CBC.0156 from BSS', async () => {
    cn.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListSubCustomers'], status: 403, errorCode: 'CBC.0156' }],
    });
    expect(await checkConnection(options(cnCreds()))).toEqual({ status: 'wrong-site', actualSite: 'intl' });
  });

  it('clock 20 min off: corrected automatically, reported for the UI', async () => {
    cn.sandbox.setClockOffset(20 * 60_000);
    const result = await checkConnection(options(cnCreds()));
    expect(result).toMatchObject({ status: 'ok', clockWarning: true });
    const skew = result.status === 'ok' ? (result.skewMs ?? 0) : 0;
    expect(Math.abs(skew - 20 * 60_000)).toBeLessThan(2000);
    // The first, wrongly dated attempt was rejected by the gateway; the re-signed one passed.
    expect(cn.sandbox.requests.map((r) => r.status)).toEqual([401, 200]);
  });

  it('clock-skew when the gateway says so and re-signing cannot fix it', async () => {
    const fetch = fakeFetch(() => json({ error_code: 'APIGW.0303', error_msg: 'time skew' }, 401));
    expect(await checkConnection({ ...options(cnCreds()), fetch })).toMatchObject({ status: 'clock-skew' });
  });

  it('network: nothing listening', async () => {
    const dead = { ...options(cnCreds()), baseUrls: { cn: { bss: 'http://127.0.0.1:9', iam: 'http://127.0.0.1:9' } } };
    expect(await checkConnection({ ...dead, retry: { maxAttempts: 1 } })).toEqual({ status: 'network' });
  });

  it('a skewed sandbox: money calls are not auto-resent, reads are', async () => {
    cn.sandbox.setClockOffset(-25 * 60_000);
    const client = createClient({ credentials: cnCreds(), baseUrls: { bss: cn.baseUrl } });
    await listSubCustomers(client, { limit: 1 });
    expect(client.clockWarning()).toBe(true);
    expect(cn.sandbox.requests.map((r) => r.status)).toEqual([401, 200]);
  });
});
