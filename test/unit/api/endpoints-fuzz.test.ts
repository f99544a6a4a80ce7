// @vitest-environment node
/**
 * Fuzz: every endpoint function gets malformed, truncated and wrongly-typed answers from an injected fetch
 * and must fail with ApiError kind 'malformed' — never resolve with a half-parsed object, never throw
 * anything else. The valid fixtures are checked to succeed first, so the mutations are what breaks them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/utils/api/errors';
import { sized } from '../../e2e/security/size';
import { CASES, type EndpointCase } from './endpoint-cases';
import { fakeFetch, json, testClient } from './helpers';

type Path = (string | number)[];

function leafAndNodePaths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) out.push(...leafAndNodePaths(item, [...path, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) out.push(...leafAndNodePaths(item, [...path, k]));
  }
  return out;
}

/** A value of a type the slot never accepts: leaves become objects, arrays strings, objects numbers. */
function wrongTypeFor(value: unknown): unknown {
  if (Array.isArray(value)) return 'oops';
  if (value && typeof value === 'object') return 42;
  return { unexpected: true };
}

function mutate(value: unknown, path: Path): unknown {
  if (path.length === 0) return wrongTypeFor(value);
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  node[last] = wrongTypeFor(node[last]);
  return copy;
}

type Bad = { kind: 'text'; text: string } | { kind: 'cut-stream'; text: string };

function badResponses(c: EndpointCase): fc.Arbitrary<Bad> {
  const valid = JSON.stringify(c.valid);
  const notJson = fc.string({ minLength: 1 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  });
  const truncated = fc
    .integer({ min: c.emptyOk ? 1 : 0, max: Math.max(0, valid.length - 1) })
    .map((n) => valid.slice(0, n));
  const wrongTyped = fc.constantFrom(...leafAndNodePaths(c.valid)).map((p) => JSON.stringify(mutate(c.valid, p)));
  const wrongRoot = fc.constantFrom('null', '42', '"text"', '[]', 'true', '[{}]');
  // A blank body is the documented empty answer of the calls that allow one (response.ts), not a malformed one.
  const notBlank = (text: string) => !(c.emptyOk && text.trim() === '');
  return fc.oneof(
    notJson.filter(notBlank).map((text): Bad => ({ kind: 'text', text })),
    truncated.filter(notBlank).map((text): Bad => ({ kind: 'text', text })),
    wrongTyped.map((text): Bad => ({ kind: 'text', text })),
    wrongRoot.map((text): Bad => ({ kind: 'text', text })),
    truncated.map((text): Bad => ({ kind: 'cut-stream', text })),
  );
}

function respond(bad: Bad): Response {
  if (bad.kind === 'text') return json(bad.text);
  const bytes = new TextEncoder().encode(bad.text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.error(new TypeError('terminated'));
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('endpoint fuzz: malformed / truncated / wrongly-typed answers', () => {
  it('covers every endpoint function', () => {
    expect(CASES).toHaveLength(22);
  });

  it.each(CASES)('$name succeeds on its valid fixture', async (c) => {
    const { client } = testClient(fakeFetch(() => json(c.valid)));
    // Resolves (void for the empty-answer calls) instead of rejecting.
    await c.call(client);
  });

  it.each(CASES)('$name → ApiError malformed, every time', async (c) => {
    await fc.assert(
      fc.asyncProperty(badResponses(c), async (bad) => {
        const { client } = testClient(fakeFetch(() => respond(bad)));
        let outcome: unknown;
        try {
          outcome = { resolved: await c.call(client) };
        } catch (error) {
          outcome = error;
        }
        expect(outcome).toBeInstanceOf(ApiError);
        expect((outcome as ApiError).kind).toBe('malformed');
      }),
      { numRuns: sized(60, 1000) },
    );
  });
});
