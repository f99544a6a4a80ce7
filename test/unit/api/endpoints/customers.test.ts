// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listSubCustomerNewTags, listSubCustomers } from '@/utils/api/endpoints/customers';
import { collectAll } from '@/utils/api/paginate';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('cn');

describe('customers against the sandbox', () => {
  it('pages through every customer with paginate()', async () => {
    const client = sbx.client();
    const all = await collectAll((page) => listSubCustomers(client, page), { limit: 100 });
    const expected = sbx.server.sandbox.dataset.sites.cn.customers;
    expect(all).toHaveLength(expected.length);
    expect(new Set(all.map((c) => c.customerId))).toEqual(new Set(expected.map((c) => c.customerId)));
    const sample = expected[3];
    const got = all.find((c) => c.customerId === sample?.customerId);
    expect(got).toMatchObject({
      accountName: sample?.accountName,
      associationType: sample?.associationType,
      frozen: sample?.frozen,
    });
    expect(sbx.requestsOf('ListSubCustomers')).toHaveLength(3);
  });

  it('filters by customer id and reads new-customer tags', async () => {
    const client = sbx.client();
    const target = sbx.server.sandbox.dataset.sites.cn.customers[10];
    const page = await listSubCustomers(client, { customerId: target?.customerId });
    expect(page.items.map((c) => c.customerId)).toEqual([target?.customerId]);
    const tags = await listSubCustomerNewTags(client, [target?.customerId ?? '']);
    expect(tags[0]).toMatchObject({ customerId: target?.customerId, isNew: target?.newCustomerTag });
  });

  it('rejects bad input before sending anything', async () => {
    const client = sbx.client();
    expect(await failure(listSubCustomers(client, { limit: 101 }))).toMatchObject({
      kind: 'invalid',
      code: 'CLIENT.INVALID_INPUT',
    });
    expect(await failure(listSubCustomerNewTags(client, []))).toMatchObject({ kind: 'invalid' });
    expect(sbx.server.sandbox.requests).toHaveLength(0);
  });

  it('bad secret key → auth error, not retried', async () => {
    const client = sbx.client({}, { ...sbx.account, sk: `${sbx.account.sk}x` });
    expect(await failure(listSubCustomers(client))).toMatchObject({
      kind: 'auth',
      code: 'APIGW.0301',
      httpStatus: 401,
    });
    expect(sbx.requestsOf('ListSubCustomers')).toHaveLength(1);
  });

  it('temporary credentials (X-Security-Token) work; a wrong token is rejected', async () => {
    const temp = sbx.server.sandbox.temporaryAccounts.cn;
    await expect(listSubCustomers(sbx.client({}, temp), { limit: 1 })).resolves.toMatchObject({ total: 250 });
    const bad = sbx.client({}, { ...temp, securityToken: 'nope-nope-nope' });
    expect(await failure(listSubCustomers(bad, { limit: 1 }))).toMatchObject({ kind: 'auth' });
  });

  it('missing permission (CBC.0151) is a permission error; a 503 burst is retried away', async () => {
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListSubCustomers'], status: 403, errorCode: 'CBC.0151', count: 1 }],
    });
    expect(await failure(listSubCustomers(sbx.client()))).toMatchObject({ kind: 'permission', code: 'CBC.0151' });
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListSubCustomers'], status: 503, errorCode: 'CBC.0999', count: 2 }],
    });
    await expect(listSubCustomers(sbx.client(), { limit: 1 })).resolves.toMatchObject({ total: 250 });
    expect(sbx.requestsOf('ListSubCustomers')).toHaveLength(4);
  });

  it.each(['malformed-json', 'truncated', 'wrong-types'] as const)('%s answer → malformed', async (kind) => {
    sbx.server.sandbox.setFaults({ rules: [{ kind, operations: ['ListSubCustomers'] }] });
    expect(
      await failure(listSubCustomers(sbx.client({ retry: { maxAttempts: 2, baseMs: 1 } }), { limit: 5 })),
    ).toMatchObject({
      kind: 'malformed',
    });
  });
});
