// @vitest-environment node
/**
 * G8 retry discipline (security.md §7) on the real client with its real sleep, under fake timers and a seeded
 * RNG: ≤ 5 attempts, ≤ 60 s, waits ≥ Retry-After, full jitter spread, no retry on definite rejections.
 */
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chromiumBackoffMs } from '@/utils/api/browser-throttle';
import { createClient, type Operation } from '@/utils/api/client';
import { ApiError } from '@/utils/api/errors';
import { defaultSleep } from '@/utils/api/retry';
import { Rng } from '../../sandbox/bss/prng';
import { CREDS, type Handler, json } from './helpers';

const READ: Operation<{ n: number }> = {
  name: 'ListThings',
  method: 'GET',
  path: '/v2/things',
  idempotent: true,
  response: v.object({ n: v.number() }),
};
const T0 = Date.UTC(2025, 0, 15, 8, 0, 0);
const DOWN = () => json({ error_code: 'CBC.0999', error_msg: 'down' }, 503);

/**
 * Fake time only moves when every unfinished call is asleep (backoff or rate-limit wait): signing uses real
 * WebCrypto, so "run all timers" could otherwise jump the clock while a request is still being prepared.
 */
let sleeping = 0;
const countedSleep = async (ms: number, signal?: AbortSignal) => {
  sleeping++;
  try {
    await defaultSleep(ms, signal);
  } finally {
    sleeping--;
  }
};

/** A client on fake timers (real sleep, Date.now) whose fetch stamps each request with the fake time. */
function timedClient(handler: Handler, random: () => number = () => 0.5) {
  const stamps: number[] = [];
  const fetch = async (url: string) => {
    stamps.push(Date.now());
    return handler({ url: new URL(url), method: 'GET', headers: {}, body: undefined }, stamps.length);
  };
  const client = createClient({
    credentials: CREDS,
    baseUrls: { bss: 'https://bss.test' },
    fetch,
    random,
    sleep: countedSleep,
  });
  return { client, stamps };
}

/** Runs calls to completion on fake time; each settles to its ApiError or null. */
async function runAll(calls: Promise<unknown>[]): Promise<(ApiError | null)[]> {
  let pending = calls.length;
  const settled = Promise.allSettled(calls.map((c) => c.finally(() => pending--)));
  while (pending > 0) {
    if (sleeping > 0 && sleeping === pending) await vi.advanceTimersToNextTimerAsync();
    else await new Promise((resolve) => setImmediate(resolve));
  }
  return (await settled).map((r) => {
    if (r.status === 'fulfilled') return null;
    if (r.reason instanceof ApiError) return r.reason;
    throw r.reason;
  });
}

const run = async (call: Promise<unknown>) => (await runAll([call]))[0] ?? null;

const gaps = (stamps: number[]) => stamps.slice(1).map((t, i) => t - (stamps[i] ?? 0));

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('G8: attempts and time budget', () => {
  it.each([
    ['503', DOWN],
    ['500', () => json({ error_code: 'CBC.0999' }, 500)],
    ['502', () => json({}, 502)],
    ['504', () => json({}, 504)],
    ['429', () => json({ error_code: 'CBC.0250' }, 429)],
    ['network error', () => Promise.reject(new TypeError('fetch failed'))],
  ])('%s forever → exactly 5 attempts, then the last error', async (_label, respond) => {
    const { client, stamps } = timedClient(respond);
    const error = await run(client.call(READ));
    expect(error).toBeInstanceOf(ApiError);
    expect(stamps).toHaveLength(5);
  });

  it('200 seeds with random Retry-After (0–30 s): never > 5 attempts, nothing sent or awaited past 60 s', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      vi.setSystemTime(T0);
      const rng = new Rng(seed);
      const { client, stamps } = timedClient(
        () => json({ error_code: 'CBC.0999' }, 503, rng.chance(0.5) ? { 'Retry-After': String(rng.int(0, 30)) } : {}),
        () => rng.next(),
      );
      const error = await run(client.call(READ));
      expect(error?.kind).toBe('server');
      expect(stamps.length).toBeLessThanOrEqual(5);
      expect((stamps.at(-1) ?? T0) - T0).toBeLessThanOrEqual(60_000);
      // The failure is reported without a pointless final sleep.
      expect(Date.now() - T0).toBeLessThanOrEqual(60_000);
    }
  });
});

describe("G8: never a request Chromium's own extension back-off would refuse unsent", () => {
  it('503 forever with zero jitter → the 4th and 5th attempts wait 750 and 1030 ms (browser-throttle.ts)', async () => {
    const { client, stamps } = timedClient(DOWN, () => 0);
    expect((await run(client.call(READ)))?.kind).toBe('server');
    expect(stamps).toHaveLength(5);
    const [, , third, fourth] = gaps(stamps);
    expect(third).toBeGreaterThanOrEqual(chromiumBackoffMs(3));
    expect(fourth).toBeGreaterThanOrEqual(chromiumBackoffMs(4));
  });

  it('the next call to the same URL waits out the release before its first attempt; another URL does not', async () => {
    const { client, stamps } = timedClient(
      (_r, n) => (n <= 5 ? DOWN() : json({ n })),
      () => 0,
    );
    await run(client.call(READ));
    const failedAt = stamps.at(-1) ?? 0;
    expect(await run(client.call({ ...READ, path: '/v2/other' }))).toBeNull();
    expect(stamps.at(-1)).toBe(failedAt);
    expect(await run(client.call(READ))).toBeNull();
    expect((stamps.at(-1) ?? 0) - failedAt).toBeGreaterThanOrEqual(chromiumBackoffMs(5));
  });

  it('502 and 504 (which Chromium does not count) keep the plain full-jitter backoff', async () => {
    const { client, stamps } = timedClient(
      () => json({}, 502),
      () => 0,
    );
    await run(client.call(READ));
    expect(gaps(stamps)).toEqual([0, 0, 0, 0]);
  });
});

describe('G8: Retry-After is honoured', () => {
  const at = (ms: number) => new Date(T0 + ms).toUTCString();
  it.each([
    { header: '2', minGap: 2000 },
    { header: '7', minGap: 7000 },
    // HTTP-date form (RFC 9110): 3 s after the first answer.
    { header: at(3000), minGap: 3000 },
    // Unparseable: throttling still waits at least 1 s.
    { header: 'soon', minGap: 1000 },
  ])('429 with Retry-After "$header" → next request ≥ $minGap ms later', async ({ header, minGap }) => {
    const { client, stamps } = timedClient((_r, n) =>
      n === 1 ? json({ error_code: 'CBC.0250' }, 429, { 'Retry-After': header }) : json({ n }),
    );
    expect(await run(client.call(READ))).toBeNull();
    expect(stamps).toHaveLength(2);
    expect(gaps(stamps)[0]).toBeGreaterThanOrEqual(minGap);
  });

  it('a Retry-After beyond the 60 s budget is not waited for: the error is reported at once', async () => {
    const { client, stamps } = timedClient(() => json({ error_code: 'CBC.0250' }, 429, { 'Retry-After': '120' }));
    expect((await run(client.call(READ)))?.kind).toBe('throttled');
    expect(stamps).toHaveLength(1);
    expect(Date.now()).toBe(T0);
  });
});

/** P(X ≥ k) for X ~ Binomial(n, p). */
function binomialTail(n: number, p: number, k: number): number {
  let sum = 0;
  let coef = 1;
  for (let i = 0; i <= n; i++) {
    if (i >= k) sum += coef * p ** i * (1 - p) ** (n - i);
    coef = (coef * (n - i)) / (i + 1);
  }
  return sum;
}

/** The largest bucket count that uniform spreading exceeds with probability < alpha (union bound over buckets). */
function maxPerBucket(n: number, buckets: number, alpha = 1e-3): number {
  let k = 1;
  while (buckets * binomialTail(n, 1 / buckets, k + 1) >= alpha) k++;
  return k;
}

describe('G8: full jitter spreads 20 parallel clients', () => {
  it('per retry round, no 50 ms bucket holds more clients than a binomial bound allows', async () => {
    const clients = Array.from({ length: 20 }, (_, i) => {
      const rng = new Rng(1000 + i);
      // 502: not an answer Chromium backs off on, so the delays are the jitter alone (no browser floor).
      return timedClient(
        (_r, n) => (n <= 4 ? json({}, 502) : json({ n })),
        () => rng.next(),
      );
    });
    const errors = await runAll(clients.map((c) => c.client.call(READ)));
    expect(errors.every((e) => e === null)).toBe(true);
    // Round r waits random(0, min(20 s, 500·2^r)).
    for (const [round, ceiling] of [500, 1000, 2000, 4000].entries()) {
      const delays = clients.map((c) => gaps(c.stamps)[round] ?? Number.NaN);
      expect(delays.every((d) => d >= 0 && d < ceiling)).toBe(true);
      const buckets = ceiling / 50;
      const counts = new Map<number, number>();
      for (const d of delays) counts.set(Math.floor(d / 50), (counts.get(Math.floor(d / 50)) ?? 0) + 1);
      const bound = maxPerBucket(20, buckets);
      expect(bound).toBeLessThan(10); // a lock-step retry (all 20 in one bucket) would fail
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(bound);
      // Full, not "equal", jitter: delays reach into the lower half of the range.
      expect(delays.some((d) => d < ceiling / 2)).toBe(true);
    }
  });
});

describe('G8: definite rejections are never retried', () => {
  const serverDate = { Date: new Date(T0).toUTCString() };
  it.each([
    ['400 CBC.0101', 400, 'CBC.0101', 'invalid'],
    ['401 APIGW.0301 (clock fine: a bad key)', 401, 'APIGW.0301', 'auth'],
    ['403 CBC.0151', 403, 'CBC.0151', 'permission'],
    ['404 APIGW.0101', 404, 'APIGW.0101', 'not-found'],
  ])('%s → 1 request', async (_label, status, code, kind) => {
    const { client, stamps } = timedClient(() => json({ error_code: code, error_msg: 'no' }, status, serverDate));
    const error = await run(client.call(READ));
    expect(error).toMatchObject({ kind, code });
    expect(error?.detail).not.toBe('clock-skew');
    expect(stamps).toHaveLength(1);
  });
});
