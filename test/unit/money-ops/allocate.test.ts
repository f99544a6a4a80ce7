// @vitest-environment node
/** Allocation/reclaim exactly once against the sandbox: answers, timeouts after/before applying, re-sending. */
import { describe, expect, it } from 'vitest';
import { fenToString } from '@/test/sandbox/bss/index';
import { getOperation, openOperations } from '@/utils/money-ops/store';
import { first, newId, useMoneySandbox } from './helpers';

const h = useMoneySandbox('cn');
const funded = () => first(h.resellers((c) => c.balanceFen > 100_000));

describe('allocate / reclaim exactly once', () => {
  it('sends once, records the transfer id, and releases the lock', async () => {
    const c = funded();
    const before = c.balanceFen;
    const run = await h
      .executor()
      .execute({ operationId: newId(), kind: 'allocate', customerIds: [c.customerId], amount: '12.34' });
    expect(run.outcome).toBe('started');
    expect(run.op.state).toBe('done');
    const ledger = h.server.sandbox.ledger;
    expect(ledger).toHaveLength(1);
    expect(first(run.op.results)).toMatchObject({ status: 'done', transactionId: first(ledger).transferId });
    expect(first(ledger).intentId).toBe(run.op.operationId);
    expect(c.balanceFen - before).toBe(1234);
    expect(run.op.activeLocks).toBeUndefined();
    expect(await openOperations(h.db)).toEqual([]);
  });

  it.each([
    ['hangs', { kind: 'hang' as const, delayMs: 2000 }],
    ['resets the connection', { kind: 'reset' as const }],
    ['answers 502', { kind: 'error' as const, status: 502, errorCode: 'CBC.0999' }],
  ])('applied, then the answer %s: reconciled as done, not re-sent', async (_label, fault) => {
    h.server.sandbox.setFaults({ rules: [{ ...fault, phase: 'after', operations: ['UpdateCustomerAccountAmount'] }] });
    const c = funded();
    const run = await h.executor({ client: h.client(300) }).execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '7.77',
    });
    expect(run.op.state).toBe('reconciled-done');
    expect(first(run.op.results).transactionId).toBe(first(h.server.sandbox.ledger).transferId);
    expect(run.op.error?.kind).toMatch(/network|server|malformed/);
    expect(h.moneyRequests()).toHaveLength(1);
    expect(h.server.sandbox.ledger).toHaveLength(1);
  });

  it('not applied (the request hung before the server acted): reconciled as not done; only then may it be re-sent', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'hang', delayMs: 1000, phase: 'before', operations: ['UpdateCustomerAccountAmount'], count: 1 }],
    });
    const c = funded();
    const executor = h.executor({ client: h.client(300) });
    const run = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '5',
    });
    expect(run.op.state).toBe('reconciled-not-done');
    expect(first(run.op.results).status).toBe('not-done');
    expect(h.server.sandbox.ledger).toHaveLength(0);

    const again = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '5',
      retryOf: run.op.operationId,
    });
    expect(again.op.state).toBe('done');
    expect(h.server.sandbox.ledger).toHaveLength(1);
    expect(h.moneyRequests().map((r) => r.intentId)).toEqual([run.op.operationId, again.op.operationId]);
  });

  it('an unknown outcome that is not yet settled keeps the lock: no second send is possible', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'reset', phase: 'before', operations: ['UpdateCustomerAccountAmount'] }],
    });
    const c = funded();
    const executor = h.executor({ settle: { settleMs: 60_000, minPolls: 2 } });
    const run = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '3',
    });
    expect(run.op.state).toBe('unknown');
    expect(run.op.reconcile?.polls).toBe(2);
    const second = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '3',
    });
    expect(second).toMatchObject({ outcome: 'busy', op: { operationId: run.op.operationId } });
    await expect(
      executor.execute({
        operationId: newId(),
        kind: 'allocate',
        customerIds: [c.customerId],
        amount: '3',
        retryOf: run.op.operationId,
      }),
    ).rejects.toMatchObject({ code: 'retry-not-allowed' });
    expect(h.moneyRequests()).toHaveLength(1);
    expect((await getOperation(h.db, run.op.operationId))?.activeLocks).toHaveLength(1);
  });

  it('a record of an earlier, identical allocation does not prove a new one', async () => {
    const c = funded();
    const executor = h.executor({ client: h.client(300) });
    const earlier = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '9.99',
    });
    expect(earlier.op.state).toBe('done');
    h.server.sandbox.setFaults({
      rules: [{ kind: 'reset', phase: 'before', operations: ['UpdateCustomerAccountAmount'] }],
    });
    const run = await executor.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '9.99',
    });
    expect(run.op.state).toBe('reconciled-not-done');
    expect(h.server.sandbox.ledger).toHaveLength(1);
  });

  it('reclaim after a timeout is reconciled through the BERETRIEVE records', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'hang', delayMs: 1500, phase: 'after', operations: ['ReclaimToPartnerAccount'] }],
    });
    const c = funded();
    const before = c.balanceFen;
    const run = await h.executor({ client: h.client(300) }).execute({
      operationId: newId(),
      kind: 'reclaim',
      customerIds: [c.customerId],
      amount: fenToString(250),
    });
    expect(run.op.state).toBe('reconciled-done');
    expect(before - c.balanceFen).toBe(250);
    expect(h.moneyRequests()).toHaveLength(1);
  });
});
