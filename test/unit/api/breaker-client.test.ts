// @vitest-environment node
/** The breaker wired into the client: fail fast without sending, money refused before sending, restart-proof. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '@/utils/api/breaker';
import { memoryBreakerStore } from '@/utils/api/breaker-store';
import { createClient, type Operation } from '@/utils/api/client';
import type { MoneyOperation } from '@/utils/money-ops/model';
import { sendOnce } from '@/utils/money-ops/send';
import { CREDS, failure, fakeFetch, type Handler, json, virtualTime } from './helpers';

const READ: Operation<{ n: number }> = {
  name: 'ListThings',
  method: 'GET',
  path: '/v2/things',
  idempotent: true,
  response: v.object({ n: v.number() }),
};
const MONEY: Operation<{ transfer_id: string }> = {
  ...READ,
  name: 'MoveMoney',
  method: 'POST',
  idempotent: false,
  response: v.object({ transfer_id: v.string() }),
};
const DOWN = () => json({ error_code: 'CBC.0999', error_msg: 'down' }, 503);

/** A "worker": clients sharing one breaker over `store`; a new world on the same store = a restarted worker. */
function world(handler: Handler, store = memoryBreakerStore(), clock = virtualTime()) {
  const fetch = fakeFetch(handler);
  const breaker = new CircuitBreaker(store, clock.now);
  const client = (site: 'cn' | 'intl' = 'cn') =>
    createClient({
      credentials: { ...CREDS, site },
      baseUrls: { bss: site === 'cn' ? 'https://bss.test' : 'https://bss-intl.test' },
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0.5,
      breaker,
    });
  return { fetch, clock, store, breaker, client };
}

describe('client + breaker', () => {
  it('a read failing 5 times opens it: the read reports "unavailable", later calls send nothing', async () => {
    const w = world(DOWN);
    const start = w.clock.now();
    const error = await failure(w.client().call(READ));
    expect(w.fetch.calls).toHaveLength(5);
    expect(error).toMatchObject({ kind: 'unavailable', code: 'CLIENT.CIRCUIT_OPEN', outcomeUnknown: false });
    expect(error.message).toContain('Huawei Cloud API unavailable (bss.test), retrying after');
    expect(error.message).toContain('CBC.0999');
    const retryAt = error.retryAt ?? 0;
    expect(retryAt - w.clock.now()).toBe(60_000);
    // Another client of the same worker (a new sync run) is refused at once.
    const again = await failure(w.client().call(READ));
    expect(again).toMatchObject({ kind: 'unavailable', retryAt });
    expect(w.fetch.calls).toHaveLength(5);
    expect(w.clock.now() - start).toBeLessThan(60_000);
  });

  it('failures of several calls add up; the call that hits 5 stops retrying at once', async () => {
    const w = world((_r, n) => (n <= 3 ? DOWN() : n === 4 ? json({ error_code: 'CBC.0101' }, 400) : DOWN()));
    // 3 × 503 then a 400: the 400 is an answer, the count starts again.
    expect(await failure(w.client().call(READ))).toMatchObject({ kind: 'invalid' });
    expect(w.fetch.calls).toHaveLength(4);
    expect(await failure(w.client().call(READ))).toMatchObject({ kind: 'unavailable' });
    expect(w.fetch.calls).toHaveLength(9);
  });

  it('money: refused before sending while open — a definite "failed", never "unknown"', async () => {
    const w = world(DOWN);
    await failure(w.client().call(READ));
    const sent = w.fetch.calls.length;
    const error = await failure(w.client().call(MONEY, { body: { amount: 1 } }));
    expect(error).toMatchObject({ kind: 'unavailable', outcomeUnknown: false, retryable: true });
    expect(w.fetch.calls).toHaveLength(sent);
    const op: MoneyOperation = {
      operationId: 'op1',
      kind: 'allocate',
      customerIds: ['c1'],
      amount: '10.00',
      partnerId: CREDS.domainId,
      site: 'cn',
      actor: { label: 'test', domainId: CREDS.domainId },
      state: 'sending',
      createdAt: w.clock.now(),
      results: [{ customerId: 'c1', status: 'pending' }],
    };
    const outcome = await sendOnce(w.client(), op);
    expect(outcome).toMatchObject({ state: 'failed', error: { kind: 'unavailable' } });
    expect(w.fetch.calls).toHaveLength(sent);
  });

  it("money's own failure keeps its meaning (outcome unknown) and still counts toward the breaker", async () => {
    const w = world(DOWN);
    for (let i = 0; i < 4; i++) await failure(w.client().call(MONEY, { body: {} }));
    const fifth = await failure(w.client().call(MONEY, { body: {} }));
    expect(fifth).toMatchObject({ kind: 'server', outcomeUnknown: true });
    expect(w.fetch.calls).toHaveLength(5);
    expect(await failure(w.client().call(READ))).toMatchObject({ kind: 'unavailable' });
    expect(w.fetch.calls).toHaveLength(5);
  });

  it('after the cooldown one probe goes; its success closes the circuit', async () => {
    let healthy = false;
    const w = world(() => (healthy ? json({ n: 1 }) : DOWN()));
    await failure(w.client().call(READ));
    healthy = true;
    w.clock.advance(60_000);
    await expect(w.client().call(READ)).resolves.toEqual({ n: 1 });
    expect(w.fetch.calls).toHaveLength(6);
    await expect(w.client().call(READ)).resolves.toEqual({ n: 1 });
    expect(w.fetch.calls).toHaveLength(7);
  });

  it('money never probes: after the cooldown it is still refused until a read has shown the host is back', async () => {
    const w = world((req) => (req.method === 'POST' ? json({ transfer_id: 't' }) : DOWN()));
    await failure(w.client().call(READ));
    w.clock.advance(60_000);
    expect(await failure(w.client().call(MONEY, { body: {} }))).toMatchObject({
      kind: 'unavailable',
      outcomeUnknown: false,
    });
    expect(w.fetch.calls).toHaveLength(5);
    const healthy = world(() => json({ n: 1, transfer_id: 't' }), w.store, w.clock);
    await healthy.client().call(READ);
    await expect(healthy.client().call(MONEY, { body: {} })).resolves.toEqual({ transfer_id: 't' });
    expect(healthy.fetch.calls).toHaveLength(2);
  });

  it('a failing probe is not retried: one request, then open again for 60 s', async () => {
    const w = world(DOWN);
    await failure(w.client().call(READ));
    w.clock.advance(60_000);
    const error = await failure(w.client().call(READ));
    expect(w.fetch.calls).toHaveLength(6);
    expect(error).toMatchObject({ kind: 'unavailable', retryAt: w.clock.now() + 60_000 });
  });

  it('the other site is not affected', async () => {
    const w = world((req) => (req.url.host === 'bss.test' ? DOWN() : json({ n: 2 })));
    await failure(w.client('cn').call(READ));
    await expect(w.client('intl').call(READ)).resolves.toEqual({ n: 2 });
  });

  it('survives a worker restart: a new breaker on the same store sends nothing until the cooldown ends', async () => {
    const first = world(DOWN);
    await failure(first.client().call(READ));
    const restarted = world(() => json({ n: 3 }), first.store, first.clock);
    expect(await failure(restarted.client().call(READ))).toMatchObject({ kind: 'unavailable' });
    expect(restarted.fetch.calls).toHaveLength(0);
    first.clock.advance(60_000);
    await expect(restarted.client().call(READ)).resolves.toEqual({ n: 3 });
    expect(restarted.fetch.calls).toHaveLength(1);
  });
});
