// @vitest-environment node
/** Resources, orders, monthly bills and incentive policies (China site reads). */
import { describe, expect, it } from 'vitest';
import { listSubcustomerMonthlyBills } from '@/utils/api/endpoints/bills';
import { listIncentiveDiscountPolicies } from '@/utils/api/endpoints/incentives';
import { listCustomerOrders } from '@/utils/api/endpoints/orders';
import { listOnDemandResources, listPeriodResources } from '@/utils/api/endpoints/resources';
import { collectAll } from '@/utils/api/paginate';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('cn');
const data = () => sbx.server.sandbox.dataset.sites.cn;
const reseller = () => data().customers.find((c) => c.associationType === '2');
const referral = () => data().customers.find((c) => c.associationType === '1');

describe('resources against the sandbox', () => {
  it('yearly/monthly resources (the "suscriptions" path) of a customer', async () => {
    const id = reseller()?.customerId ?? '';
    const items = await collectAll((page) => listPeriodResources(sbx.client(), { customerId: id, ...page }), {
      limit: 50,
    });
    expect(sbx.requestsOf('ListPayPerUseCustomerResources')[0]?.path).toBe('/v2/orders/suscriptions/resources/query');
    for (const r of items) expect(r).toMatchObject({ resourceId: expect.any(String), status: expect.any(Number) });
    expect(items.length).toBe(data().periodResources.get(id)?.length ?? 0);
  });

  it('pay-per-use resources; referral customers are refused; customer id is required', async () => {
    const page = await listOnDemandResources(sbx.client(), {
      customerId: reseller()?.customerId ?? '',
      language: 'en_US',
      limit: 100,
    });
    expect(page.items.length).toBe(Math.min(100, page.total));
    expect(
      await failure(listOnDemandResources(sbx.client(), { customerId: referral()?.customerId ?? '' })),
    ).toMatchObject({
      kind: 'permission',
    });
    expect(await failure(listPeriodResources(sbx.client(), { customerId: '' }))).toMatchObject({
      code: 'CLIENT.INVALID_INPUT',
    });
    expect(await failure(listPeriodResources(sbx.client(), { customerId: 'f'.repeat(32) }))).toMatchObject({
      detail: 'not-associated',
    });
  });
});

describe('orders, bills, incentives against the sandbox', () => {
  it('lists orders of all customers and filters by status', async () => {
    const client = sbx.client();
    const all = await collectAll((page) => listCustomerOrders(client, page), { limit: 100 });
    expect(all).toHaveLength(data().orders.length);
    const pending = await listCustomerOrders(client, { status: 6, limit: 100 });
    expect(pending.items.every((o) => o.status === '6')).toBe(true);
    const sample = data().orders[0];
    const got = all.find((o) => o.orderId === sample?.orderId);
    expect(got?.amountAfterDiscount).toBe(String((sample?.afterDiscountFen ?? 0) / 100));
  });

  it('monthly bills: cycle validated client-side; unknown customer refused', async () => {
    const client = sbx.client();
    const page = await listSubcustomerMonthlyBills(client, { cycle: '2025-01', chargeMode: '3', limit: 100 });
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    for (const b of page.items) expect(b.amount).toMatch(/^-?\d+(\.\d+)?$/);
    expect(await failure(listSubcustomerMonthlyBills(client, { cycle: '2025-13', chargeMode: '1' }))).toMatchObject({
      kind: 'invalid',
    });
    expect(
      await failure(
        listSubcustomerMonthlyBills(client, { cycle: '2025-01', chargeMode: '1', customerId: 'f'.repeat(32) }),
      ),
    ).toMatchObject({ code: 'CBC.99000035' });
  });

  it('incentive policies; truncated and slow answers are handled', async () => {
    const client = sbx.client();
    const all = await collectAll((page) => listIncentiveDiscountPolicies(client, { time: '2025-01', ...page }), {
      limit: 100,
    });
    expect(all).toHaveLength(data().policies.length);
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'truncated', operations: ['ListIncentiveDiscountPolicies'], count: 1 }],
    });
    await expect(listIncentiveDiscountPolicies(client, { time: '2025-01' })).resolves.toBeDefined();
    expect(sbx.requestsOf('ListIncentiveDiscountPolicies').at(-2)?.fault).toBe('truncated');
    sbx.server.sandbox.setFaults({ rules: [{ kind: 'slow-body', operations: ['ListCustomerOrders'], delayMs: 2000 }] });
    const slow = await failure(listCustomerOrders(sbx.client({ timeoutMs: 300, retry: { maxAttempts: 1 } })));
    expect(slow).toMatchObject({ kind: 'network', detail: 'timeout' });
  });
});
