// @vitest-environment node
/**
 * G9 clock skew (security.md §4.3, §7): against a gateway that enforces the 15-min window and sends Date,
 * calls succeed after ≤ 1 extra request, the skew is reported, and a money POST is re-signed only after the
 * gateway's 401 APIGW.0301 — never after anything else.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient, type Operation } from '@/utils/api/client';
import { ServerClock } from '@/utils/api/clock';
import { CLOCK_SESSION_KEY, sessionServerClock } from '@/utils/api/clock-store';
import { CREDS, failure, fakeFetch, type Handler, json, type SeenRequest, virtualTime } from './helpers';

const READ: Operation<{ ok: boolean }> = {
  name: 'ListThings',
  method: 'GET',
  path: '/v2/things',
  idempotent: true,
  response: v.object({ ok: v.boolean() }),
};
const MONEY: Operation<{ ok: boolean }> = { ...READ, name: 'MoveMoney', method: 'POST', idempotent: false };
const MIN = 60_000;

const sdkTime = (req: SeenRequest) =>
  Date.parse(
    (req.headers['X-Sdk-Date'] ?? '').replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );

function setup(
  offsetMs: number,
  reject?: Handler,
  shared?: { clock: ServerClock; time: ReturnType<typeof virtualTime> },
) {
  const time = shared?.time ?? virtualTime();
  const dateHeader = () => ({ Date: new Date(time.now() + offsetMs).toUTCString() });
  // The gateway: X-Sdk-Date more than 15 min from its own clock → 401 APIGW.0301, before the backend.
  const fetch = fakeFetch((req, n) => {
    if (reject) return reject(req, n);
    if (Math.abs(sdkTime(req) - (time.now() + offsetMs)) > 15 * MIN) {
      return json(
        { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information' },
        401,
        dateHeader(),
      );
    }
    return json({ ok: true }, 200, dateHeader());
  });
  const client = createClient({
    credentials: CREDS,
    baseUrls: { bss: 'https://bss.test' },
    fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0.5,
    clock: shared?.clock,
  });
  return { client, fetch, time, dateHeader };
}

describe('G9: skewed clocks are corrected with at most one extra request', () => {
  it.each([
    { offset: 20 * MIN, op: READ, first: 2, warn: true },
    { offset: -20 * MIN, op: READ, first: 2, warn: true },
    { offset: 20 * MIN, op: MONEY, first: 2, warn: true },
    { offset: -20 * MIN, op: MONEY, first: 2, warn: true },
    // Inside the gateway's 15-min window: no rejection at all, but still worth telling the user.
    { offset: 14 * MIN, op: READ, first: 1, warn: true },
    { offset: -6 * MIN, op: MONEY, first: 1, warn: true },
    { offset: 4 * MIN, op: READ, first: 1, warn: false },
  ])('server $offset ms off, $op.name: $first request(s), then 1 per call', async ({ offset, op, first, warn }) => {
    const { client, fetch } = setup(offset);
    await expect(client.call(op, { body: op.idempotent ? undefined : { amount: 1 } })).resolves.toEqual({ ok: true });
    expect(fetch.calls).toHaveLength(first);
    for (let i = 0; i < 3; i++) await client.call(op, { body: op.idempotent ? undefined : { amount: 1 } });
    expect(fetch.calls).toHaveLength(first + 3);
    expect(Math.abs((client.clockSkewMs() ?? 0) - offset)).toBeLessThan(1500);
    expect(client.clockWarning()).toBe(warn);
  });

  it('the re-signed request carries the corrected X-Sdk-Date and the same body', async () => {
    const { client, fetch } = setup(-20 * MIN);
    await client.call(MONEY, { body: { customer_id: 'c', amount: 5 } });
    const [rejected, resigned] = fetch.calls;
    expect(sdkTime(resigned as SeenRequest) - sdkTime(rejected as SeenRequest)).toBeCloseTo(-20 * MIN, -4);
    expect(resigned?.body).toBe(rejected?.body);
    expect(resigned?.headers.Authorization).not.toBe(rejected?.headers.Authorization);
  });

  it('clients sharing one server clock pay the extra request once per worker, not once per client', async () => {
    const time = virtualTime();
    const clock = new ServerClock(time.now);
    const a = setup(20 * MIN, undefined, { clock, time });
    await a.client.call(READ);
    expect(a.fetch.calls).toHaveLength(2);
    const b = setup(20 * MIN, undefined, { clock, time });
    await b.client.call(MONEY, { body: {} });
    expect(b.fetch.calls).toHaveLength(1);
  });

  it('the learned offset survives a worker restart (storage.session): the new worker pays no extra request', async () => {
    const items: Record<string, unknown> = {};
    const area = {
      get: async (key: string) => ({ [key]: items[key] }),
      set: async (next: Record<string, unknown>) => void Object.assign(items, next),
    };
    const time = virtualTime();
    const first = setup(-20 * MIN, undefined, { clock: sessionServerClock(area, time.now), time });
    await first.client.call(READ);
    expect(first.fetch.calls).toHaveLength(2);
    expect(Math.abs((items[CLOCK_SESSION_KEY] as number) + 20 * MIN)).toBeLessThan(1500);
    const restored = sessionServerClock(area, time.now);
    await Promise.resolve(); // the stored offset is read before the worker's first request goes out
    const second = setup(-20 * MIN, undefined, { clock: restored, time });
    await second.client.call(MONEY, { body: {} });
    expect(second.fetch.calls).toHaveLength(1);
  });

  it('a gateway that keeps rejecting gets exactly one re-sign, then the auth error (the clock was not it)', async () => {
    const time = virtualTime();
    const skewed = { Date: new Date(time.now() + 20 * MIN).toUTCString() };
    for (const op of [READ, MONEY]) {
      const { client, fetch } = setup(0, () => json({ error_code: 'APIGW.0301', error_msg: 'x' }, 401, skewed));
      expect(await failure(client.call(op, { body: {} }))).toMatchObject({ kind: 'auth', code: 'APIGW.0301' });
      expect(fetch.calls).toHaveLength(2);
    }
  });
});

describe('G9: a money POST is re-signed only after the gateway 401 APIGW.0301', () => {
  const skewedDate = () => ({ Date: new Date(virtualTime().now() + 20 * MIN).toUTCString() });
  const fineDate = () => ({ Date: new Date(virtualTime().now()).toUTCString() });
  it.each([
    ['401 APIGW.0301, clock fine (a bad key)', () => json({ error_code: 'APIGW.0301' }, 401, fineDate()), 1, 1],
    ['401 CBC.0154 (token), clock 20 min off', () => json({ error_code: 'CBC.0154' }, 401, skewedDate()), 2, 1],
    ['403 CBC.0151, clock 20 min off', () => json({ error_code: 'CBC.0151' }, 403, skewedDate()), 1, 1],
    ['503, clock 20 min off', () => json({ error_code: 'CBC.0999' }, 503, skewedDate()), 5, 1],
    ['429, clock 20 min off', () => json({ error_code: 'CBC.0250' }, 429, skewedDate()), 5, 1],
    ['network error', () => Promise.reject(new TypeError('fetch failed')), 5, 1],
  ])('%s → read: %i requests, money: %i', async (_label, respond, readCalls, moneyCalls) => {
    const read = setup(0, respond);
    await failure(read.client.call(READ));
    expect(read.fetch.calls).toHaveLength(readCalls);
    const money = setup(0, respond);
    await failure(money.client.call(MONEY, { body: { amount: 1 } }));
    expect(money.fetch.calls).toHaveLength(moneyCalls);
  });
});
