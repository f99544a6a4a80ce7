// @vitest-environment node
/**
 * Chromium re-sends a POST whose reused keep-alive connection was reset before any response byte (seen in the
 * G7 e2e matrix), so one send by the extension can be applied twice and still answer "done". The executor
 * checks the trail after every done allocation and shows every matching record instead of one silent id.
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '@/utils/api/client';
import { first, newId, useMoneySandbox } from './helpers';

const h = useMoneySandbox('cn');

/** A client whose network layer delivers each allocation POST twice, as Chromium's resend does. */
function resendingClient(copies: number) {
  const account = h.server.sandbox.accounts.cn;
  return createClient({
    credentials: { ...account, site: 'cn' },
    baseUrls: { bss: h.server.baseUrl, iam: h.server.iamBaseUrl },
    retry: { baseMs: 10, throttledMinMs: 50 },
    fetch: async (url, init) => {
      if (init.method === 'POST' && url.includes('adjust-amount'))
        for (let i = 1; i < copies; i++) await fetch(url, init);
      return fetch(url, init);
    },
  });
}

async function allocate(copies: number) {
  const c = first(h.resellers((x) => x.frozen === 0));
  // No intent header: these copies are the browser's, not the extension's (the file audit counts tagged ones).
  const executor = h.executor({ client: resendingClient(copies), intentHeader: undefined });
  const run = await executor.execute({
    operationId: newId(),
    kind: 'allocate',
    customerIds: [c.customerId],
    amount: '3.21',
  });
  return run.op;
}

describe('a done allocation the platform applied twice', () => {
  it('stays done and lists both transaction ids for the user to check', async () => {
    const op = await allocate(2);
    expect(h.server.sandbox.ledger).toHaveLength(2);
    expect(op.state).toBe('done');
    const ids = (op.reconcile?.ambiguous ?? []).map((a) => a.transactionId).sort();
    expect(ids).toEqual(h.server.sandbox.ledger.map((e) => e.transferId).sort());
  });

  it('applied once: no warning', async () => {
    const op = await allocate(1);
    expect(h.server.sandbox.ledger).toHaveLength(1);
    expect(op).toMatchObject({ state: 'done' });
    expect(op.reconcile?.ambiguous).toBeUndefined();
  });
});
