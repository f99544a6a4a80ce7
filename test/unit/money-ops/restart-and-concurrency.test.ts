// @vitest-environment node
/** Worker killed mid-request, double clicks and two popups: never two requests for one intent. */
import { describe, expect, it } from 'vitest';
import { createOperation, getOperation } from '@/utils/money-ops/store';
import { first, newId, until, useMoneySandbox } from './helpers';

const h = useMoneySandbox('cn');
const funded = () => first(h.resellers((c) => c.balanceFen > 100_000));

/** Starts an allocation on a "worker" whose answer never comes, and waits until the request is out. */
async function killAfterSending(phase: 'before' | 'after') {
  h.server.sandbox.setFaults({
    rules: [{ kind: 'hang', delayMs: 1500, phase, operations: ['UpdateCustomerAccountAmount'], count: 1 }],
  });
  const c = funded();
  const operationId = newId();
  const dying = h.executor({ client: h.client(10_000) });
  // Not awaited: this worker is "killed" while waiting for the answer.
  const lost = dying.execute({ operationId, kind: 'allocate', customerIds: [c.customerId], amount: '4.56' });
  lost.catch(() => undefined);
  await until(() => h.moneyRequests().length === 1 && (phase === 'before' || h.server.sandbox.ledger.length === 1));
  expect((await getOperation(h.db, operationId))?.state).toBe('sending');
  return { operationId, lost };
}

describe('service worker killed between send and answer', () => {
  it('applied: the next worker reconciles it as done and never re-sends', async () => {
    const { operationId, lost } = await killAfterSending('after');
    const restarted = h.executor();
    const [op] = await restarted.recover();
    expect(op).toMatchObject({ operationId, state: 'reconciled-done' });
    expect(first(op?.results ?? []).transactionId).toBe(first(h.server.sandbox.ledger).transferId);
    // The "dead" worker's late answer cannot overwrite the verdict.
    await lost;
    expect((await getOperation(h.db, operationId))?.state).toBe('reconciled-done');
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('not applied: the next worker reconciles it as not done', async () => {
    const { operationId, lost } = await killAfterSending('before');
    const restarted = h.executor();
    expect(await restarted.reconcile(operationId)).toMatchObject({ state: 'reconciled-not-done' });
    await lost;
    expect((await getOperation(h.db, operationId))?.state).toBe('reconciled-not-done');
    expect(h.server.sandbox.ledger).toHaveLength(0);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('browser relaunched (vault locked at start-up): the sweep runs again after unlock, not never', async () => {
    const { operationId, lost } = await killAfterSending('after');
    let locked = true;
    const account = h.account();
    const restarted = h.executor({
      account: async () => {
        if (locked) throw new Error('vault locked');
        return account;
      },
    });
    // The start-up sweep while locked cannot read the trail: the operation stays open, nothing is sent.
    expect(await restarted.recover()).toHaveLength(1);
    expect((await getOperation(h.db, operationId))?.state).toBe('unknown');
    locked = false;
    const [afterUnlock] = await restarted.recover();
    expect(afterUnlock).toMatchObject({ operationId, state: 'reconciled-done' });
    await lost;
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('a new action waits for the start-up sweep, so the stale lock is settled first', async () => {
    const { operationId } = await killAfterSending('after');
    const c = funded();
    const restarted = h.executor();
    // Same customer and kind: the sweep reconciles the old one first, then this one may go.
    const run = await restarted.execute({
      operationId: newId(),
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '1',
    });
    expect((await getOperation(h.db, operationId))?.state).toBe('reconciled-done');
    expect(run.op.state).toBe('done');
    expect(h.server.sandbox.ledger).toHaveLength(2);
  });

  it('killed before sending (still pending): marked failed, nothing was sent', async () => {
    const c = funded();
    const { domainId } = h.server.sandbox.accounts.cn;
    const operationId = newId();
    await createOperation(h.db, {
      operationId,
      kind: 'allocate',
      customerIds: [c.customerId],
      amount: '2',
      partnerId: domainId,
      site: 'cn',
      actor: { label: 'x', domainId },
      createdAt: Date.now(),
      results: [{ customerId: c.customerId, status: 'pending' }],
    });
    const [op] = await h.executor().recover();
    expect(op).toMatchObject({ operationId, state: 'failed', error: { code: 'CLIENT.INTERRUPTED' } });
    expect(h.moneyRequests()).toHaveLength(0);
  });
});

describe('double click and two popups', () => {
  it('the same operation id twice (double click): one request, both callers see the same outcome', async () => {
    h.server.sandbox.setFaults({ applyDelayMs: 150 });
    const c = funded();
    const executor = h.executor();
    const input = { operationId: newId(), kind: 'allocate' as const, customerIds: [c.customerId], amount: '8' };
    const [a, b] = await Promise.all([executor.execute(input), executor.execute(input)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['joined', 'started']);
    expect(a.op.state).toBe('done');
    expect(b.op).toEqual(a.op);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('two operation ids for the same customer and kind (two popups): the second is refused as busy', async () => {
    h.server.sandbox.setFaults({ applyDelayMs: 150 });
    const c = funded();
    const executor = h.executor();
    const one = executor.execute({ operationId: newId(), kind: 'allocate', customerIds: [c.customerId], amount: '8' });
    const two = executor.execute({ operationId: newId(), kind: 'allocate', customerIds: [c.customerId], amount: '8' });
    const outcomes = (await Promise.all([one, two])).map((r) => r.outcome).sort();
    expect(outcomes).toEqual(['busy', 'started']);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('two workers over the same database cannot both take the lock', async () => {
    h.server.sandbox.setFaults({ applyDelayMs: 150 });
    const c = funded();
    const runs = await Promise.all(
      [h.executor(), h.executor()].map((e) =>
        e.execute({ operationId: newId(), kind: 'allocate', customerIds: [c.customerId], amount: '8' }),
      ),
    );
    expect(runs.map((r) => r.outcome).sort()).toEqual(['busy', 'started']);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('a repeated message for a finished operation joins it instead of sending again', async () => {
    const c = funded();
    const input = { operationId: newId(), kind: 'allocate' as const, customerIds: [c.customerId], amount: '8' };
    await h.executor().execute(input);
    const again = await h.executor().execute(input);
    expect(again).toMatchObject({ outcome: 'joined', op: { state: 'done' } });
    expect(h.moneyRequests()).toHaveLength(1);
  });
});
