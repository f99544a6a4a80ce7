// @vitest-environment node
/** The transport against a scripted fetch: signing, retries (reads only), Retry-After, timeouts, clock skew. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient, type Operation } from '@/utils/api/client';
import { failure, fakeFetch, json, testClient, virtualTime } from './helpers';

const READ: Operation<{ n: number }> = {
  name: 'ListThings',
  method: 'GET',
  path: '/v2/things',
  idempotent: true,
  response: v.object({ n: v.number() }),
};
const MONEY: Operation<{ transfer_id: string }> = {
  name: 'MoveMoney',
  method: 'POST',
  path: '/v2/money',
  idempotent: false,
  response: v.object({ transfer_id: v.string() }),
};

describe('client: request building', () => {
  it('signs, encodes the query with the signer encoder and never sends Host', async () => {
    const fetch = fakeFetch(() => json({ n: 1 }));
    const { client } = testClient(fetch);
    await client.call(READ, { query: { name: 'a b/客', ids: ['2', '1'], skip: undefined } });
    const [req] = fetch.calls;
    expect(req?.url.search).toBe('?ids=1&ids=2&name=a%20b%2F%E5%AE%A2');
    expect(req?.headers.Authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=AKTESTAKTESTAKTEST01, SignedHeaders=content-type;host;x-domain-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(req?.headers['X-Domain-Id']).toBe('0123456789abcdef0123456789abcdef');
    expect(req?.headers['X-Sdk-Date']).toBe('20250115T080000Z');
    expect(Object.keys(req?.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('host');
  });

  it('sends the exact JSON body it signed', async () => {
    const fetch = fakeFetch(() => json({ transfer_id: 't1' }));
    const { client } = testClient(fetch);
    await client.call(MONEY, { body: { customer_id: 'c', amount: 12.3 } });
    expect(fetch.calls[0]?.body).toBe('{"customer_id":"c","amount":12.3}');
  });
});

describe('client: retries', () => {
  it('retries a read on 503 with backoff, then succeeds', async () => {
    const fetch = fakeFetch((_r, n) => (n < 3 ? json({ error_code: 'CBC.0999', error_msg: 'x' }, 503) : json({ n })));
    const { client, clock } = testClient(fetch);
    await expect(client.call(READ)).resolves.toEqual({ n: 3 });
    expect(fetch.calls).toHaveLength(3);
    // full jitter with random()=0.5: 0.5·500·2^0, 0.5·500·2^1
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('honours Retry-After and waits ≥ 1 s on throttling', async () => {
    const fetch = fakeFetch((_r, n) =>
      n === 1
        ? json({ error_code: 'CBC.0250', error_msg: 'flow' }, 429, { 'Retry-After': '3' })
        : n === 2
          ? json({ error_code: 'CBC.0250', error_msg: 'flow' }, 429)
          : json({ n }),
    );
    const { client, clock } = testClient(fetch);
    await client.call(READ);
    expect(clock.sleeps).toEqual([3000, 1000]);
  });

  it('gives up after maxAttempts and reports the last error', async () => {
    const fetch = fakeFetch(() => json({ error_code: 'CBC.0999', error_msg: 'down' }, 500));
    const { client } = testClient(fetch);
    const error = await failure(client.call(READ));
    expect(fetch.calls).toHaveLength(5);
    expect(error).toMatchObject({ kind: 'server', code: 'CBC.0999', httpStatus: 500, outcomeUnknown: false });
  });

  it('does not retry other 4xx', async () => {
    const fetch = fakeFetch(() => json({ error_code: 'CBC.0101', error_msg: 'bad' }, 400));
    const { client } = testClient(fetch);
    expect(await failure(client.call(READ))).toMatchObject({ kind: 'invalid', code: 'CBC.0101' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('never retries a money call: 503, network error, timeout, throttle', async () => {
    for (const respond of [
      () => json({ error_code: 'CBC.0999' }, 503),
      () => Promise.reject(new TypeError('fetch failed')),
      () => json({ error_code: 'CBC.0250' }, 429),
    ]) {
      const fetch = fakeFetch(respond);
      const { client } = testClient(fetch);
      await failure(client.call(MONEY, { body: { amount: 1 } }));
      expect(fetch.calls).toHaveLength(1);
    }
  });

  it('marks money-call failures after sending as outcome unknown, definite rejections as not', async () => {
    const cases: [() => Response | Promise<Response>, boolean][] = [
      [() => json({ error_code: 'CBC.0999' }, 500), true],
      [() => Promise.reject(new TypeError('fetch failed')), true],
      [() => json('{"transfer_id":', 200), true],
      [() => json({ error_code: 'CBC.99005003', error_msg: 'insufficient' }, 400), false],
      [() => json({ error_code: 'CBC.0250' }, 429), false],
    ];
    for (const [respond, unknown] of cases) {
      const { client } = testClient(fakeFetch(respond));
      expect((await failure(client.call(MONEY, { body: {} }))).outcomeUnknown).toBe(unknown);
    }
  });

  it('times out a hanging request with an AbortController (kind network, detail timeout)', async () => {
    const fetch = fakeFetch(
      (_r) => new Promise<Response>(() => {}), // never answers; the abort below rejects via the signal
    );
    const hanging = async (url: string, init: RequestInit) => {
      const pending = fetch(url, init);
      return Promise.race([
        pending,
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
      ]);
    };
    const client = createClient({
      credentials: { ak: 'a', sk: 'b', domainId: 'd', site: 'cn' },
      baseUrls: { bss: 'https://bss.test' },
      fetch: hanging,
      timeoutMs: 20,
      retry: { maxAttempts: 2, baseMs: 1 },
    });
    const error = await failure(client.call(READ));
    expect(error).toMatchObject({ kind: 'network', detail: 'timeout' });
    expect(fetch.calls).toHaveLength(2);
    const money = await failure(client.call(MONEY, { body: {} }));
    expect(money).toMatchObject({ kind: 'network', detail: 'timeout', outcomeUnknown: true, retryable: false });
  });
});

describe('client: clock skew', () => {
  /** A server whose clock is `offsetMs` ahead and that rejects X-Sdk-Date more than 15 min off. */
  function skewedServer(clock: ReturnType<typeof virtualTime>, offsetMs: number) {
    return fakeFetch((req) => {
      const serverNow = clock.now() + offsetMs;
      const date = { Date: new Date(serverNow).toUTCString() };
      const sdk = req.headers['X-Sdk-Date'] ?? '';
      const signed = Date.parse(sdk.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
      if (Math.abs(signed - serverNow) > 15 * 60_000) {
        return json({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' }, 401, date);
      }
      return req.method === 'GET' ? json({ n: 1 }, 200, date) : json({ transfer_id: 't' }, 200, date);
    });
  }

  it('learns the offset from Date, re-signs once for a read, and exposes the skew', async () => {
    const clock = virtualTime();
    const fetch = skewedServer(clock, 20 * 60_000);
    const client = createClient({
      credentials: { ak: 'a', sk: 'b', domainId: 'd', site: 'cn' },
      baseUrls: { bss: 'https://bss.test' },
      fetch,
      now: clock.now,
      sleep: clock.sleep,
    });
    await expect(client.call(READ)).resolves.toEqual({ n: 1 });
    expect(fetch.calls).toHaveLength(2);
    expect(Math.abs((client.clockSkewMs() ?? 0) - 20 * 60_000)).toBeLessThan(1500);
    expect(client.clockWarning()).toBe(true);
    await client.call(READ);
    expect(fetch.calls).toHaveLength(3);
  });

  it('re-signs a money call once after the gateway 401 APIGW.0301, and the next call is signed right', async () => {
    const clock = virtualTime();
    const fetch = skewedServer(clock, -30 * 60_000);
    const client = createClient({
      credentials: { ak: 'a', sk: 'b', domainId: 'd', site: 'cn' },
      baseUrls: { bss: 'https://bss.test' },
      fetch,
      now: clock.now,
      sleep: clock.sleep,
    });
    await expect(client.call(MONEY, { body: { amount: 1 } })).resolves.toEqual({ transfer_id: 't' });
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls[1]?.body).toBe(fetch.calls[0]?.body);
    await expect(client.call(MONEY, { body: {} })).resolves.toEqual({ transfer_id: 't' });
    expect(fetch.calls).toHaveLength(3);
  });

  it('a real bad key (clock fine) stays an auth error and is not re-sent', async () => {
    const fetch = fakeFetch(() =>
      json({ error_code: 'APIGW.0301', error_msg: 'bad' }, 401, {
        Date: new Date(Date.UTC(2025, 0, 15, 8)).toUTCString(),
      }),
    );
    const { client } = testClient(fetch);
    const error = await failure(client.call(READ));
    expect(error).toMatchObject({ kind: 'auth', code: 'APIGW.0301' });
    expect(error.detail).toBeUndefined();
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('client: response handling', () => {
  it.each([
    ['invalid JSON', '{"n": 1', 'malformed'],
    ['empty body', '', 'malformed'],
    ['wrong type', '{"n": "1"}', 'malformed'],
    ['array', '[1,2]', 'malformed'],
  ])('%s → %s', async (_label, body, kind) => {
    const { client } = testClient(fakeFetch(() => json(body)));
    expect(await failure(client.call(READ))).toMatchObject({ kind, operation: 'ListThings' });
  });

  it('an error code inside HTTP 200 becomes an ApiError (CBC.5001 = not a partner)', async () => {
    const { client } = testClient(fakeFetch(() => json({ error_code: 'CBC.5001', error_msg: 'not partner' })));
    expect(await failure(client.call(READ))).toMatchObject({ kind: 'permission', detail: 'not-a-partner' });
  });

  it('keeps X-Request-Id on errors', async () => {
    const { client } = testClient(
      fakeFetch(() => json({ error_code: 'CBC.0151', error_msg: 'denied' }, 403, { 'X-Request-Id': 'req-42' })),
    );
    expect(await failure(client.call(READ))).toMatchObject({ kind: 'permission', requestId: 'req-42' });
  });

  it('a body cut off mid-read is malformed (truncated) and a read is retried', async () => {
    const fetch = fakeFetch((_r, n) => {
      if (n > 1) return json({ n });
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"n":'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(stream, { status: 200 });
    });
    const { client } = testClient(fetch);
    await expect(client.call(READ)).resolves.toEqual({ n: 2 });
    const money = testClient(
      fakeFetch(() => new Response(new ReadableStream({ start: (c) => c.error(new Error('x')) }))),
    );
    expect(await failure(money.client.call(MONEY, { body: {} }))).toMatchObject({
      kind: 'malformed',
      detail: 'truncated',
      outcomeUnknown: true,
    });
  });
});

describe('client: never throws anything but ApiError', () => {
  it('a caller abort while waiting for a rate slot or before sending → network/aborted', async () => {
    const fetch = fakeFetch(() => json({ n: 1 }));
    const { client } = testClient(fetch);
    const controller = new AbortController();
    controller.abort();
    expect(await failure(client.call(READ, { signal: controller.signal }))).toMatchObject({
      kind: 'network',
      detail: 'aborted',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('an unusable base URL → invalid, nothing sent', async () => {
    const fetch = fakeFetch(() => json({ n: 1 }));
    const { client } = testClient(fetch, { baseUrls: { bss: 'not a url' } });
    expect(await failure(client.call(READ))).toMatchObject({ kind: 'invalid', code: 'CLIENT.SIGNING' });
    expect(fetch.calls).toHaveLength(0);
  });
});
