// @vitest-environment node
/**
 * G6 at the parsing layer, the cases endpoints-fuzz.test.ts does not generate: HTML error pages, a 200 with an
 * error body, valid JSON under a wrong content-type, bodies over the 5 MB cap (10 MB, and 100 MB streamed —
 * abandoned early, not buffered), NaN / negative amounts, nulls and missing fields. Every endpoint function
 * must reject each with a typed ApiError and never resolve with something built from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/utils/api/errors';
import { CASES, type EndpointCase } from './endpoint-cases';
import { fakeFetch, json, testClient } from './helpers';

async function outcomeOf(c: EndpointCase, answer: () => Response): Promise<unknown> {
  const { client } = testClient(fakeFetch(answer));
  try {
    return { resolved: await c.call(client) };
  } catch (error) {
    return error;
  }
}

async function expectRejected(c: EndpointCase, answer: () => Response, kinds: string[]) {
  const outcome = await outcomeOf(c, answer);
  expect(outcome).toBeInstanceOf(ApiError);
  expect(kinds).toContain((outcome as ApiError).kind);
}

const HTML = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
const html = (status: number) => new Response(HTML, { status, headers: { 'Content-Type': 'text/html' } });

/** A body of `bytes` bytes streamed in 64 KiB chunks; counts how much the client actually pulled. */
function streamed(bytes: number, prefix: string) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
    },
    pull(controller) {
      if (pulled >= bytes) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(body, { headers: { 'Content-Type': 'application/json' } }), pulled: () => pulled };
}

/** Every amount-like leaf (as the sandbox's nan/negative faults pick them) set by `to`. */
function mapAmounts(value: unknown, to: (n: number) => unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mapAmounts(v, to, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapAmounts(v, to, k)]));
  }
  const numeric = typeof value === 'number' || (typeof value === 'string' && value !== '' && Number.isFinite(+value));
  return numeric && /amount|balance|face_value|quota_value/.test(key) ? to(Number(value)) : value;
}

const hasAmounts = (c: EndpointCase) => JSON.stringify(mapAmounts(c.valid, () => 'X')) !== JSON.stringify(c.valid);
/** Answers with fields that can never be negative (arrears, face values, quotas, budgets). */
const NON_NEGATIVE = ['listCustomersBalances', 'listQuotaCoupons', 'listIssuedPartnerCoupons', 'showSubCustomerBudget'];

describe('hostile answers every endpoint refuses', () => {
  it.each(CASES)('$name: HTML error page (502) → server error', async (c) => {
    await expectRejected(c, () => html(502), ['server']);
  });

  it.each(CASES)('$name: HTML page with 200 → malformed', async (c) => {
    await expectRejected(c, () => html(200), ['malformed']);
  });

  it.each(CASES)('$name: 200 with an error body → the error, not data', async (c) => {
    await expectRejected(c, () => json({ error_code: 'CBC.0999', error_msg: 'System error' }), ['server']);
  });

  it.each(CASES)('$name: valid JSON under text/html → malformed', async (c) => {
    const answer = () => new Response(JSON.stringify(c.valid), { headers: { 'Content-Type': 'text/html' } });
    await expectRejected(c, answer, ['malformed']);
  });

  it.each(CASES)('$name: 10 MB body (valid JSON, padded) → malformed, too large', async (c) => {
    await expectRejected(c, () => json(JSON.stringify(c.valid).padEnd(10 * 1024 * 1024, ' ')), ['malformed']);
  });

  it.each(CASES.filter((c) => !c.emptyOk))('$name: missing fields ({}) → malformed', async (c) => {
    await expectRejected(c, () => json({}), ['malformed']);
  });

  it.each(CASES.filter(hasAmounts))('$name: NaN amounts → malformed', async (c) => {
    await expectRejected(c, () => json(mapAmounts(c.valid, () => 'NaN')), ['malformed']);
  });

  it.each(CASES.filter((c) => NON_NEGATIVE.includes(c.name)))('$name: negative amounts → malformed', async (c) => {
    await expectRejected(c, () => json(mapAmounts(c.valid, (n) => -Math.abs(n) - 1)), ['malformed']);
  });
});

describe('a 100 MB answer is abandoned at the cap, not buffered', () => {
  it('stops pulling the stream a chunk past 5 MB', async () => {
    const c = CASES[0] as EndpointCase;
    const body = streamed(100 * 1024 * 1024, JSON.stringify(c.valid));
    const outcome = await outcomeOf(c, () => body.response);
    expect(outcome).toBeInstanceOf(ApiError);
    expect((outcome as ApiError).message).toContain('too large');
    expect(body.pulled()).toBeLessThan(6 * 1024 * 1024);
  });

  it('a declared Content-Length over the cap is refused before reading', async () => {
    const c = CASES[0] as EndpointCase;
    const body = streamed(100 * 1024 * 1024, '{');
    const response = new Response(body.response.body, {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) },
    });
    expect(await outcomeOf(c, () => response)).toBeInstanceOf(ApiError);
    expect(body.pulled()).toBeLessThan(1024 * 1024);
  });
});

describe('nulls: any field set to null never yields a half-built result', () => {
  it.each(CASES)('$name', async (c) => {
    const paths = leafPaths(c.valid);
    if (paths.length === 0) return;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), async (path) => {
        const outcome = await outcomeOf(c, () => json(setAt(c.valid, path, null)));
        // A null in an optional field is the API's "absent"; anything else must be a typed refusal.
        if (!(outcome instanceof ApiError)) expect(outcome).toHaveProperty('resolved');
        else expect(outcome.kind).toBe('malformed');
      }),
      { numRuns: Math.min(40, paths.length * 2) },
    );
  });
});

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  return path.length ? [path] : [];
}

function setAt(value: unknown, path: Path, to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = to;
  return copy;
}
