// @vitest-environment node
/** Vouchers (partial success, reconciliation per customer) and the platform's refusals: nothing sent twice. */
import { describe, expect, it } from 'vitest';
import { allocateToCustomer } from '@/utils/api/endpoints/allocation';
import { first, newId, useMoneySandbox } from './helpers';

const h = useMoneySandbox('cn');
const quota = (balanceFen: (fen: number) => boolean) => {
  const q = h.server.sandbox.dataset.sites.cn.quotas.find((x) => x.status === 0 && balanceFen(x.balanceFen));
  if (!q) throw new Error('no such quota');
  return q;
};

describe('issue vouchers', () => {
  it('partial success: each customer gets its own outcome, one request', async () => {
    const q = quota((fen) => fen === 5000); // 50.00 left
    const [a, b, c] = h
      .resellers()
      .slice(0, 3)
      .map((x) => x.customerId);
    const referral = h.referral().customerId;
    const ids = [a, b, referral, c].filter((x): x is string => x !== undefined);
    const run = await h.executor().execute({
      operationId: newId(),
      kind: 'issue-voucher',
      customerIds: ids,
      amount: '30',
      voucher: { quotaId: q.quotaId },
    });
    expect(run.op.state).toBe('done');
    expect(run.op.results.map((r) => [r.customerId, r.status, r.code ?? ''])).toEqual([
      [a, 'done', ''],
      [b, 'failed', 'CBC.99000012'],
      [referral, 'failed', 'CBC.5021'],
      [c, 'failed', 'CBC.99000012'],
    ]);
    expect(first(run.op.results).transactionId).toBe(first(h.server.sandbox.ledger).couponId);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('issued, then the answer timed out: reconciled per customer from the issued coupons', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'hang', delayMs: 1500, phase: 'after', operations: ['CreatePartnerCoupons'] }],
    });
    const q = quota((fen) => fen > 1_000_000);
    const ids = h
      .resellers()
      .slice(3, 5)
      .map((x) => x.customerId);
    const run = await h.executor({ client: h.client(300) }).execute({
      operationId: newId(),
      kind: 'issue-voucher',
      customerIds: ids,
      amount: '13.57',
      voucher: { quotaId: q.quotaId },
    });
    expect(run.op.state).toBe('reconciled-done');
    const coupons = new Map(h.server.sandbox.ledger.map((e) => [e.customerId, e.couponId]));
    expect(run.op.results).toEqual(
      ids.map((id) => ({ customerId: id, status: 'done', transactionId: coupons.get(id) })),
    );
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('not issued (connection reset before): reconciled as not done for every customer', async () => {
    h.server.sandbox.setFaults({ rules: [{ kind: 'reset', phase: 'before', operations: ['CreatePartnerCoupons'] }] });
    const q = quota((fen) => fen > 1_000_000);
    const ids = h
      .resellers()
      .slice(5, 7)
      .map((x) => x.customerId);
    const run = await h.executor().execute({
      operationId: newId(),
      kind: 'issue-voucher',
      customerIds: ids,
      amount: '13.57',
      voucher: { quotaId: q.quotaId },
    });
    expect(run.op.state).toBe('reconciled-not-done');
    expect(run.op.results.map((r) => r.status)).toEqual(['not-done', 'not-done']);
    expect(h.server.sandbox.ledger).toHaveLength(0);
  });
});

describe('refusals are clear and final (failed, lock released, nothing re-sent)', () => {
  it.each([
    [
      'insufficient balance',
      () => h.resellers()[0]?.customerId ?? '',
      '999999999.99',
      'insufficient-balance',
      'CBC.99005003',
    ],
    ['customer not associated', () => 'f'.repeat(32), '1', 'not-associated', 'CBC.99000035'],
    ['referral customer', () => h.referral().customerId, '1', 'not-reseller', 'CBC.5021'],
  ])('%s', async (_label, customer, amount, detail, code) => {
    const run = await h
      .executor()
      .execute({ operationId: newId(), kind: 'allocate', customerIds: [customer()], amount });
    expect(run.op).toMatchObject({ state: 'failed', error: { detail, code } });
    expect(run.op.activeLocks).toBeUndefined();
    expect(h.moneyRequests()).toHaveLength(1);
    expect(h.server.sandbox.ledger).toHaveLength(0);
  });

  it('CBC.99007461: another allocation task for the customer is running (e.g. from the console)', async () => {
    h.server.sandbox.setFaults({ applyDelayMs: 300 });
    const c = first(h.resellers());
    const elsewhere = allocateToCustomer(h.client(), { customerId: c.customerId, amount: '1' });
    await new Promise((r) => setTimeout(r, 50));
    const run = await h
      .executor()
      .execute({ operationId: newId(), kind: 'allocate', customerIds: [c.customerId], amount: '2' });
    await elsewhere;
    expect(run.op).toMatchObject({ state: 'failed', error: { detail: 'task-in-progress', code: 'CBC.99007461' } });
    expect(h.server.sandbox.ledger.map((e) => e.amount)).toEqual(['1.00']);
  });
});
