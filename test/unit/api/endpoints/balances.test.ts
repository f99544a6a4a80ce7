// @vitest-environment node
import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { fenToString } from '@/test/sandbox/bss/index';
import { listCustomersBalances, listPartnerBalances } from '@/utils/api/endpoints/balances';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('cn');

describe('balances against the sandbox', () => {
  it('batches any number of customers by 100 and leaves referral customers out', async () => {
    const customers = sbx.server.sandbox.dataset.sites.cn.customers;
    const balances = await listCustomersBalances(
      sbx.client(),
      customers.map((c) => c.customerId),
    );
    const resellers = customers.filter((c) => c.associationType === '2');
    expect(balances.map((b) => b.customerId).sort()).toEqual(resellers.map((c) => c.customerId).sort());
    const bodies = sbx
      .requestsOf('ListCustomersBalancesDetail')
      .map((r) => (r.body as { customer_infos: unknown[] }).customer_infos.length);
    expect(bodies.sort()).toEqual([100, 100, 50]);
    const first = resellers[0];
    const got = balances.find((b) => b.customerId === first?.customerId);
    expect(got).toEqual({
      site: 'cn',
      customerId: first?.customerId,
      balance: new Big(fenToString(first?.balanceFen ?? 0)).toFixed(),
      debt: new Big(fenToString(first?.debtFen ?? 0)).toFixed(),
      currency: 'CNY',
    });
  });

  it('partner balances: allocatable = amount − designated_amount, in decimal', async () => {
    const result = await listPartnerBalances(sbx.client());
    const rows = sbx.server.sandbox.dataset.sites.cn.partnerBalances;
    expect(result.accounts).toHaveLength(rows.length);
    for (const row of rows) {
      const got = result.accounts.find((a) => a.accountType === row.accountType);
      expect(got?.available).toBe(new Big(fenToString(row.amountFen - row.designatedFen)).toFixed());
    }
    const ceiling = rows.find((r) => r.accountType === 8) ?? rows.find((r) => r.accountType === 1);
    expect(result.allocatable).toBe(
      new Big(fenToString((ceiling?.amountFen ?? 0) - (ceiling?.designatedFen ?? 0))).toFixed(),
    );
  });

  it('server errors: a read retries through a burst, but gives up with a typed error', async () => {
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListPartnerBalances'], status: 500, errorCode: 'CBC.0999' }],
    });
    const error = await failure(listPartnerBalances(sbx.client()));
    expect(error).toMatchObject({ kind: 'server', code: 'CBC.0999', outcomeUnknown: false });
    expect(sbx.requestsOf('ListPartnerBalances')).toHaveLength(5);
  });

  it('an intl host does not publish CN balance APIs', async () => {
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'error', operations: ['ListCustomersBalancesDetail'], status: 404, errorCode: 'APIGW.0101' }],
    });
    expect(await failure(listCustomersBalances(sbx.client(), ['x']))).toMatchObject({
      kind: 'not-found',
      detail: 'wrong-site',
    });
  });
});
