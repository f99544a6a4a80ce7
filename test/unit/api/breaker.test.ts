// @vitest-environment node
/** The circuit breaker on its own: opens after exactly 5, one half-open probe, closes, survives a restart. */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type Verdict } from '@/utils/api/breaker';
import { BREAKER_SESSION_KEY, memoryBreakerStore, sessionBreakerStore } from '@/utils/api/breaker-store';

const HOST = 'bss.myhuaweicloud.com';
const T0 = Date.UTC(2025, 0, 15, 8);

function setup() {
  let t = T0;
  const store = memoryBreakerStore();
  const clock = { now: () => t, advance: (ms: number) => (t += ms) };
  const make = () => new CircuitBreaker(store, clock.now);
  return { store, clock, breaker: make(), make };
}

async function feed(breaker: CircuitBreaker, verdicts: Verdict[]) {
  for (const v of verdicts) await breaker.record(HOST, v);
}

const fail = (n: number): Verdict[] => Array.from({ length: n }, () => 'failure');

describe('circuit breaker: opening', () => {
  it.each([
    { name: '4 failures stay closed', verdicts: fail(4), open: false },
    { name: 'exactly 5 consecutive failures open it', verdicts: fail(5), open: true },
    { name: 'a success resets the count', verdicts: [...fail(4), 'success', ...fail(4)] as Verdict[], open: false },
    {
      name: 'any non-transient answer (4xx) resets too',
      verdicts: [...fail(3), 'success', ...fail(4)] as Verdict[],
      open: false,
    },
    {
      name: 'nothing-sent outcomes do not count either way',
      verdicts: [...fail(4), 'neutral', 'failure'] as Verdict[],
      open: true,
    },
  ])('$name', async ({ verdicts, open }) => {
    const { breaker } = setup();
    await feed(breaker, verdicts);
    const admission = await breaker.admit(HOST);
    expect(admission.allowed).toBe(!open);
    if (!admission.allowed) expect(admission.retryAt).toBe(T0 + 60_000);
  });

  it('the 5th failure reports when the host may be tried again; the first 4 report nothing', async () => {
    const { breaker } = setup();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await breaker.record(HOST, 'failure'));
    expect(answers).toEqual([undefined, undefined, undefined, undefined, T0 + 60_000]);
  });

  it('is per host: the other site and IAM stay usable', async () => {
    const { breaker } = setup();
    await feed(breaker, fail(5));
    expect(await breaker.admit('bss-intl.myhuaweicloud.com')).toEqual({ allowed: true, probe: false });
    expect(await breaker.admit('iam.myhuaweicloud.com')).toEqual({ allowed: true, probe: false });
  });
});

describe('circuit breaker: half-open', () => {
  it('refuses during the cooldown, then lets exactly one probe through; its success closes the circuit', async () => {
    const { breaker, clock } = setup();
    await feed(breaker, fail(5));
    clock.advance(59_999);
    expect((await breaker.admit(HOST)).allowed).toBe(false);
    clock.advance(1);
    expect(await breaker.admit(HOST)).toEqual({ allowed: true, probe: true });
    // While the probe is out, everyone else is still refused.
    expect((await breaker.admit(HOST)).allowed).toBe(false);
    await breaker.record(HOST, 'success');
    expect(await breaker.admit(HOST)).toEqual({ allowed: true, probe: false });
    // Closed again with a fresh count: 4 failures do not re-open it.
    await feed(breaker, fail(4));
    expect((await breaker.admit(HOST)).allowed).toBe(true);
  });

  it('a caller that may not probe (money) is refused after the cooldown and leaves the slot to a read', async () => {
    const { breaker, clock } = setup();
    await feed(breaker, fail(5));
    clock.advance(60_000);
    expect(await breaker.admit(HOST, false)).toEqual({ allowed: false, retryAt: T0 + 60_000 });
    expect(await breaker.admit(HOST)).toEqual({ allowed: true, probe: true });
  });

  it('a failed probe re-opens it for a full cooldown', async () => {
    const { breaker, clock } = setup();
    await feed(breaker, fail(5));
    clock.advance(60_000);
    expect((await breaker.admit(HOST)).allowed).toBe(true);
    expect(await breaker.record(HOST, 'failure')).toBe(T0 + 120_000);
    expect(await breaker.admit(HOST)).toEqual({ allowed: false, retryAt: T0 + 120_000 });
  });

  it('a probe that never answers (its worker died) frees the slot after the probe lease', async () => {
    const { breaker, clock } = setup();
    await feed(breaker, fail(5));
    clock.advance(60_000);
    expect((await breaker.admit(HOST)).allowed).toBe(true);
    clock.advance(29_999);
    expect((await breaker.admit(HOST)).allowed).toBe(false);
    clock.advance(1);
    expect(await breaker.admit(HOST)).toEqual({ allowed: true, probe: true });
  });
});

describe('circuit breaker: survives a service-worker restart', () => {
  it('a new breaker on the same store is still open, probes after the cooldown and closes', async () => {
    const { breaker, make, clock, store } = setup();
    await feed(breaker, fail(5));
    expect(store.saved[HOST]).toMatchObject({ failures: 5, openUntil: T0 + 60_000 });
    const restarted = make();
    expect(await restarted.admit(HOST)).toEqual({ allowed: false, retryAt: T0 + 60_000 });
    clock.advance(60_000);
    expect(await make().admit(HOST)).toEqual({ allowed: true, probe: true });
    // The probe slot is persisted too: a third instance does not send a second probe.
    expect((await make().admit(HOST)).allowed).toBe(false);
    const last = make();
    await last.record(HOST, 'success');
    expect(store.saved).toEqual({});
  });

  it('storage.session round trip; unreadable stored state starts closed', async () => {
    const items: Record<string, unknown> = {};
    const area = {
      get: async (key: string) => ({ [key]: items[key] }),
      set: async (next: Record<string, unknown>) => void Object.assign(items, next),
      remove: async (key: string) => void delete items[key],
    };
    let t = T0;
    const first = new CircuitBreaker(sessionBreakerStore(area), () => t);
    for (let i = 0; i < 5; i++) await first.record(HOST, 'failure');
    expect(items[BREAKER_SESSION_KEY]).toEqual({ [HOST]: { failures: 5, openUntil: T0 + 60_000, probing: false } });
    const second = new CircuitBreaker(sessionBreakerStore(area), () => t);
    expect((await second.admit(HOST)).allowed).toBe(false);
    t += 60_000;
    items[BREAKER_SESSION_KEY] = { [HOST]: { failures: 'many', openUntil: 'later' } };
    const third = new CircuitBreaker(sessionBreakerStore(area), () => t);
    expect(await third.admit(HOST)).toEqual({ allowed: true, probe: false });
    // A healthy API leaves nothing behind in storage.session (a lock test expects it empty).
    await third.record(HOST, 'failure');
    expect(BREAKER_SESSION_KEY in items).toBe(true);
    await third.record(HOST, 'success');
    expect(BREAKER_SESSION_KEY in items).toBe(false);
  });
});
