/**
 * G11, static side: 100 % of message types have a request schema. The types are enumerated from the code
 * itself (what pages send, what the background handles, what the areas declare answers for), so a new type
 * added anywhere without a schema in utils/messages/<area>.ts fails here. The e2e side
 * (test/e2e/security/messages.e2e.ts) checks the running worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_TYPES, requestSchemas } from '@/utils/messaging';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCHEMA_TYPES = Object.keys(requestSchemas).sort();

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(ROOT, path), text: readFileSync(path, 'utf8') };
    });
}

const PRODUCT = ['entrypoints', 'components', 'utils'].flatMap(sources);
const TYPE = "'([a-z]+\\.[a-z][A-Za-z]*)'";

function matches(files: { text: string }[], pattern: RegExp): string[] {
  return [...new Set(files.flatMap((f) => [...f.text.matchAll(pattern)].map((m) => m[1] ?? '')))].sort();
}

/** Types sent by pages and content scripts: `sendMessage('t', …)`, the options page's `call('t', …)`, envelopes. */
const SENT = matches(PRODUCT, new RegExp(`(?:\\b(?:sendMessage|call)\\(\\s*|\\btype:\\s*)${TYPE}`, 'g'));
/** Handler keys in the background's services: `'t': async (…) =>` / `'t': () =>`. */
const HANDLED = matches(
  PRODUCT.filter((f) => f.path.startsWith('utils/services/')),
  new RegExp(`^\\s*${TYPE}:\\s*(?:async\\b|\\()`, 'gm'),
);
/** Keys of every area's `interface Responses { … }`. */
const ANSWERED = matches(
  PRODUCT.filter((f) => f.path.startsWith('utils/messages/')).map((f) => ({
    text: /export interface Responses \{\n([\s\S]*?)\n\}/.exec(f.text)?.[1] ?? '',
  })),
  new RegExp(`${TYPE}:`, 'g'),
);

describe('G11: every message type has a schema', () => {
  it('finds the types in the code (the enumeration itself works)', () => {
    expect(SENT.length).toBeGreaterThanOrEqual(20);
    expect(HANDLED.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['sent by a page or content script', SENT],
    ['handled by the background', HANDLED],
    ['declared with a response', ANSWERED],
  ])('every type %s has a request schema', (_what, types) => {
    expect(types.filter((t) => !Object.hasOwn(requestSchemas, t))).toEqual([]);
  });

  it('every schema type is handled and has a declared response (nothing half-added)', () => {
    expect(HANDLED).toEqual(SCHEMA_TYPES);
    expect(ANSWERED).toEqual(SCHEMA_TYPES);
  });

  it.each(SCHEMA_TYPES)('%s: a strict valibot schema (no payload, unknown fields, __proto__ → rejected)', (type) => {
    const schema = requestSchemas[type as keyof typeof requestSchemas];
    expect(schema.kind).toBe('schema');
    expect(v.safeParse(schema, undefined).success).toBe(false);
    expect(v.safeParse(schema, { unexpected: true }).success).toBe(false);
    expect(v.safeParse(schema, JSON.parse('{"__proto__":{"admin":true}}')).success).toBe(false);
  });

  it('content scripts may send only declared types', () => {
    expect([...CONTENT_SCRIPT_TYPES].filter((t) => !Object.hasOwn(requestSchemas, t))).toEqual([]);
  });

  it('all messages go through the typed contract; no listener for other extensions or ports', () => {
    const senders = PRODUCT.filter((f) => /runtime\.sendMessage\(/.test(f.text)).map((f) => f.path);
    expect(senders).toEqual(['utils/messaging.ts']);
    const external = PRODUCT.filter((f) => /\b(onMessageExternal|onConnectExternal|onConnect)\b/.test(f.text));
    expect(external.map((f) => f.path)).toEqual([]);
  });
});
