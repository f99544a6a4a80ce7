// @vitest-environment node
/** International site: budgets, freeze/unfreeze, consumption quota. */
import { describe, expect, it } from 'vitest';
import { listCustomersBalances } from '@/utils/api/endpoints/balances';
import {
  listSubCustomerBudgets,
  setCustomersFrozen,
  showPartnerConsumptionQuota,
  showSubCustomerBudget,
  updateSubCustomerBudget,
} from '@/utils/api/endpoints/budget';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('intl');
const data = () => sbx.server.sandbox.dataset.sites.intl;
const reseller = () => {
  const c = data().customers.find((x) => x.associationType === '2' && x.budget);
  if (!c) throw new Error('no reseller with a budget');
  return c;
};

describe('budget (intl) against the sandbox', () => {
  it('shows and lists budgets as IntlMoneyState', async () => {
    const client = sbx.client();
    const c = reseller();
    const one = await showSubCustomerBudget(client, c.customerId);
    expect(one).toMatchObject({ site: 'intl', customerId: c.customerId, currency: 'USD', budgetType: c.budget?.type });
    expect(one.budget).toBe(String((c.budget?.amountFen ?? 0) / 100));
    const ids = data().customers.map((x) => x.customerId);
    const all = await listSubCustomerBudgets(client, ids);
    expect(all.length).toBe(data().customers.filter((x) => x.associationType === '2').length);
    expect(sbx.requestsOf('ListSubCustomerBudget')).toHaveLength(Math.ceil(ids.length / 100));
  });

  it('updates a budget once (ledger) and validates the amount', async () => {
    const client = sbx.client();
    const c = reseller();
    await updateSubCustomerBudget(client, { customerId: c.customerId, budgetAmount: '250.5', budgetType: 'MONTHLY' });
    expect(sbx.server.sandbox.ledger.map((e) => [e.kind, e.amount])).toEqual([['budget-update', '250.50']]);
    expect((await showSubCustomerBudget(client, c.customerId)).budget).toBe('250.5');
    expect(
      await failure(updateSubCustomerBudget(client, { customerId: c.customerId, budgetAmount: '1.001' })),
    ).toMatchObject({
      kind: 'invalid',
    });
  });

  it('budget updates and freezes are never retried (5xx after applying)', async () => {
    sbx.server.sandbox.setFaults({
      rules: [
        { kind: 'error', status: 502, phase: 'after', operations: ['UpdateSubCustomerBudget', 'FreezeSubCustomers'] },
      ],
    });
    const c = reseller();
    const e1 = await failure(updateSubCustomerBudget(sbx.client(), { customerId: c.customerId, budgetAmount: '10' }));
    expect(e1.outcomeUnknown).toBe(true);
    const e2 = await failure(
      setCustomersFrozen(sbx.client(), { customerIds: [c.customerId], frozen: true, reason: 'test' }),
    );
    expect(e2.outcomeUnknown).toBe(true);
    expect(sbx.requestsOf('UpdateSubCustomerBudget')).toHaveLength(1);
    expect(sbx.requestsOf('FreezeSubCustomers')).toHaveLength(1);
  });

  it('freeze/unfreeze with per-customer outcomes (partial failure in HTTP 200)', async () => {
    const client = sbx.client();
    const c = reseller();
    const stranger = 'd'.repeat(32);
    const frozen = await setCustomersFrozen(client, {
      customerIds: [c.customerId, stranger],
      frozen: true,
      reason: 'over budget',
    });
    expect(frozen).toEqual([
      { customerId: c.customerId, status: 'done' },
      expect.objectContaining({ customerId: stranger, status: 'failed', code: 'CBC.99000035' }),
    ]);
    expect(c.frozen).toBe(1);
    await setCustomersFrozen(client, { customerIds: [c.customerId], frozen: false, reason: 'paid' });
    expect(c.frozen).toBe(0);
  });

  it('consumption quota; CN-only APIs are not published on the intl host', async () => {
    const quota = await showPartnerConsumptionQuota(sbx.client());
    const q = data().consumptionQuota;
    expect(quota.quota).toBe((q.quotaFen / 100).toFixed(2));
    expect(quota.currency).toBe('USD');
    expect(await failure(listCustomersBalances(sbx.client(), [reseller().customerId]))).toMatchObject({
      kind: 'not-found',
      code: 'APIGW.0101',
      detail: 'wrong-site',
    });
  });
});
