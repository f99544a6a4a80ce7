// @vitest-environment node
/** Allocation/reclaim: sent exactly once, never retried blindly — checked in the sandbox's request log and ledger. */
import { describe, expect, it } from 'vitest';
import { allocateToCustomer, listPartnerAdjustRecords, reclaimFromCustomer } from '@/utils/api/endpoints/allocation';
import { failure, useSandbox } from './sandbox';

const sbx = useSandbox('cn');
const reseller = () => {
  const c = sbx.server.sandbox.dataset.sites.cn.customers.find(
    (x) => x.associationType === '2' && x.balanceFen > 10_000,
  );
  if (!c) throw new Error('dataset has no funded reseller customer');
  return c;
};
const referral = () => sbx.server.sandbox.dataset.sites.cn.customers.find((x) => x.associationType === '1');

describe('allocation against the sandbox', () => {
  it('allocates and reclaims, and the adjust records show both', async () => {
    const client = sbx.client();
    const customer = reseller();
    const before = customer.balanceFen;
    const { transferId } = await allocateToCustomer(client, { customerId: customer.customerId, amount: '12.34' });
    const back = await reclaimFromCustomer(client, { customerId: customer.customerId, amount: '2.30' });
    expect(sbx.server.sandbox.ledger.map((e) => [e.kind, e.amount])).toEqual([
      ['allocate', '12.34'],
      ['reclaim', '2.30'],
    ]);
    expect(customer.balanceFen - before).toBe(1234 - 230);
    const records = await listPartnerAdjustRecords(client, { customerId: customer.customerId, limit: 10 });
    expect(records.items.slice(0, 2).map((r) => [r.transId, r.amount, r.operationType])).toEqual([
      [back.transferId, '2.30', 'SOURCE_OPERATION_BERETRIEVE'],
      [transferId, '12.34', 'SOURCE_OPERATION_BEADJUST'],
    ]);
  });

  it('validates amounts before sending: > 0 and at most 2 decimals', async () => {
    const client = sbx.client();
    for (const amount of ['0', '-1', '1.234', '1e3', 'abc']) {
      expect(await failure(allocateToCustomer(client, { customerId: reseller().customerId, amount }))).toMatchObject({
        kind: 'invalid',
      });
    }
    expect(sbx.server.sandbox.requests).toHaveLength(0);
  });

  it('business errors are typed: insufficient balance, referral customer, not associated', async () => {
    const client = sbx.client();
    expect(
      await failure(allocateToCustomer(client, { customerId: reseller().customerId, amount: '999999999.99' })),
    ).toMatchObject({
      kind: 'invalid',
      detail: 'insufficient-balance',
      code: 'CBC.99005003',
      outcomeUnknown: false,
    });
    expect(
      await failure(allocateToCustomer(client, { customerId: referral()?.customerId ?? '', amount: '1' })),
    ).toMatchObject({
      kind: 'invalid',
      detail: 'not-reseller',
    });
    expect(await failure(reclaimFromCustomer(client, { customerId: 'f'.repeat(32), amount: '1' }))).toMatchObject({
      detail: 'not-associated',
      code: 'CBC.99000035',
    });
    expect(sbx.server.sandbox.ledger).toHaveLength(0);
  });

  it.each([
    ['503 after applying', { kind: 'error' as const, status: 503, errorCode: 'CBC.0999', phase: 'after' as const }],
    ['connection reset after applying', { kind: 'reset' as const, phase: 'after' as const }],
    ['truncated answer', { kind: 'truncated' as const }],
    ['malformed answer', { kind: 'malformed-json' as const }],
  ])('%s: sent once, outcome unknown, reconcilable via adjust records', async (_label, rule) => {
    sbx.server.sandbox.setFaults({ rules: [{ ...rule, operations: ['UpdateCustomerAccountAmount'] }] });
    const customer = reseller();
    const error = await failure(allocateToCustomer(sbx.client(), { customerId: customer.customerId, amount: '7.77' }));
    expect(error.outcomeUnknown).toBe(true);
    expect(error.retryable).toBe(false);
    expect(sbx.requestsOf('UpdateCustomerAccountAmount')).toHaveLength(1);
    expect(sbx.server.sandbox.ledger).toHaveLength(1);
    sbx.server.sandbox.setFaults({});
    const records = await listPartnerAdjustRecords(sbx.client(), {
      customerId: customer.customerId,
      operationType: 'SOURCE_OPERATION_BEADJUST',
    });
    expect(records.items[0]).toMatchObject({ amount: '7.77', transId: sbx.server.sandbox.ledger[0]?.transferId });
  });

  it('a hang is cut by the timeout and not re-sent', async () => {
    sbx.server.sandbox.setFaults({
      rules: [{ kind: 'hang', operations: ['ReclaimToPartnerAccount'], phase: 'after', delayMs: 2000 }],
    });
    const error = await failure(
      reclaimFromCustomer(sbx.client({ timeoutMs: 300 }), { customerId: reseller().customerId, amount: '1' }),
    );
    expect(error).toMatchObject({ kind: 'network', detail: 'timeout', outcomeUnknown: true });
    expect(sbx.requestsOf('ReclaimToPartnerAccount')).toHaveLength(1);
  });

  it('throttled or in-progress answers are not retried automatically (but are safe to resend later)', async () => {
    sbx.server.sandbox.setFaults({
      rules: [
        {
          kind: 'error',
          operations: ['UpdateCustomerAccountAmount'],
          status: 429,
          errorCode: 'CBC.0250',
          retryAfter: 1,
        },
      ],
    });
    const throttled = await failure(
      allocateToCustomer(sbx.client(), { customerId: reseller().customerId, amount: '1' }),
    );
    expect(throttled).toMatchObject({ kind: 'throttled', retryable: true, outcomeUnknown: false });
    sbx.server.sandbox.setFaults({ applyDelayMs: 300 });
    const client = sbx.client();
    const id = reseller().customerId;
    const both = await Promise.allSettled([
      allocateToCustomer(client, { customerId: id, amount: '1' }),
      allocateToCustomer(client, { customerId: id, amount: '1' }),
    ]);
    // Whichever reaches the sandbox first is applied (signing is async, so not always the first call).
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = both.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ kind: 'conflict', code: 'CBC.99007461' });
    expect(sbx.requestsOf('UpdateCustomerAccountAmount')).toHaveLength(3);
    expect(sbx.server.sandbox.ledger).toHaveLength(1);
  });
});
