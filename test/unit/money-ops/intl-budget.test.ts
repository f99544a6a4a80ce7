// @vitest-environment node
/** International site: budgets and unfreezing, exactly once, reconciled from the customer's current state. */
import { describe, expect, it } from 'vitest';
import { fenToString } from '@/test/sandbox/bss/index';
import { first, newId, useMoneySandbox } from './helpers';

const h = useMoneySandbox('intl');
const withBudget = () => first(h.resellers((c) => c.budget !== undefined));
const budgetOp = (customerId: string, amount: string) => ({
  operationId: newId(),
  kind: 'set-budget' as const,
  customerIds: [customerId],
  amount,
  budget: { budgetType: 'MONTHLY' as const, unfreeze: true },
});

describe('set budget / unfreeze (intl)', () => {
  it('sets the budget and lifts the freeze with one request', async () => {
    const c = withBudget();
    c.frozen = 1;
    const target = fenToString((c.budget?.amountFen ?? 0) + 12_345);
    const run = await h.executor().execute(budgetOp(c.customerId, target));
    expect(run.op.state).toBe('done');
    expect(fenToString(c.budget?.amountFen ?? 0)).toBe(target);
    expect(c.frozen).toBe(0);
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('applied, then timed out: the budget now equals the target → reconciled as done', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'hang', delayMs: 1500, phase: 'after', operations: ['UpdateSubCustomerBudget'] }],
    });
    const c = withBudget();
    const target = fenToString((c.budget?.amountFen ?? 0) + 500);
    const run = await h.executor({ client: h.client(300) }).execute(budgetOp(c.customerId, target));
    expect(run.op.state).toBe('reconciled-done');
    expect(h.moneyRequests()).toHaveLength(1);
  });

  it('not applied: the budget still differs → reconciled as not done', async () => {
    h.server.sandbox.setFaults({
      rules: [{ kind: 'reset', phase: 'before', operations: ['UpdateSubCustomerBudget'] }],
    });
    const c = withBudget();
    const run = await h.executor().execute(budgetOp(c.customerId, fenToString((c.budget?.amountFen ?? 0) + 700)));
    expect(run.op.state).toBe('reconciled-not-done');
    expect(h.server.sandbox.ledger).toHaveLength(0);
  });

  it('unfreeze: answered per customer; a reset after applying is reconciled from the frozen flag', async () => {
    const c = withBudget();
    c.frozen = 1;
    h.server.sandbox.setFaults({ rules: [{ kind: 'reset', phase: 'after', operations: ['UnfreezeSubCustomers'] }] });
    const run = await h
      .executor()
      .execute({ operationId: newId(), kind: 'unfreeze', customerIds: [c.customerId], amount: '0' });
    expect(run.op.state).toBe('reconciled-done');
    expect(c.frozen).toBe(0);
    expect(h.server.sandbox.requests.filter((r) => r.operation === 'UnfreezeSubCustomers')).toHaveLength(1);
  });
});
