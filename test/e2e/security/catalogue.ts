/**
 * Every message type of utils/messaging.ts with a plausible payload (what a compromised content script that
 * read our code would send), and fast-check generators for hostile ones. `satisfies Record<MessageType, …>`
 * makes tsc fail when a type is added without an entry here; the tests also compare the keys at run time.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type MessageType, requestSchemas } from '../../../utils/messaging';
import { PASSPHRASE } from '../sync/flow';

export const ALL_TYPES = Object.keys(requestSchemas) as MessageType[];

/** A 32-hex customer id as the console shows them. */
const customer = 'c0ffee00c0ffee00c0ffee00c0ffee00';

export function plausiblePayloads(domainId: string): Record<MessageType, unknown> {
  const operationId = randomUUID();
  return {
    'app.status': {},
    'page.customerStates': { site: 'cn', customerIds: [customer] },
    'page.reportFigures': { site: 'cn', rows: [{ customerId: customer, balance: '1.00' }] },
    'page.openAction': { site: 'cn', action: 'options' },
    'customers.list': {},
    'customers.card': { customerId: customer },
    'money.preview': { kind: 'allocate', customerIds: [customer] },
    'money.execute': { kind: 'allocate', operationId, customerId: customer, amount: '1', confirmAmount: '1' },
    'money.reconcile': { operationId },
    'money.pending': {},
    'money.history': { limit: 10 },
    'money.export': {},
    'vault.state': {},
    'vault.setup': { passphrase: PASSPHRASE },
    // The right passphrase: even a script that knows it may not unlock from a page.
    'vault.unlock': { passphrase: PASSPHRASE },
    'vault.lock': {},
    'vault.changePassphrase': { current: PASSPHRASE, next: `${PASSPHRASE}!` },
    'vault.wipe': {},
    'vault.saveAccount': { label: 'evil', site: 'cn', domainId, ak: 'AKEVIL0000000000000', sk: 'SKEVIL' },
    'vault.removeAccount': { id: 'x' },
    'vault.setActive': { id: 'x' },
    'account.check': {},
    'account.findDomainId': { site: 'cn', ak: 'AKEVIL0000000000000', sk: 'SKEVIL' },
    'sync.status': {},
    'sync.now': {},
    'sync.clearCache': {},
  } satisfies Record<MessageType, unknown>;
}

/** Keys that poison prototypes when a handler merges objects carelessly. */
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Payload values: JSON, pollution-keyed objects and, at `hugeLength`, huge strings. */
function payloadArb(hugeLength: number): fc.Arbitrary<unknown> {
  const polluted = fc
    .tuple(fc.constantFrom(...POLLUTION_KEYS), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => ({ [key]: { polluted: true, value } }));
  const huge = fc.constantFrom('A', '\u0000', '<script>', '%00').map((unit) => unit.repeat(hugeLength));
  return fc.oneof(
    { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: polluted },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: fc.record({ passphrase: fc.oneof(fc.string(), huge), id: fc.string() }) },
  );
}

/**
 * A whole message: a known type (privileged ones included) or a made-up one, any payload, odd envelopes too.
 * Sent as JSON text and parsed in the browser, so a `__proto__` key arrives as an own property.
 */
export function messageArb(hugeLength: number): fc.Arbitrary<unknown> {
  const type = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ALL_TYPES) },
    { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS), fc.integer()) },
  );
  const payload = payloadArb(hugeLength);
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ type, payload }) },
    { weight: 1, arbitrary: fc.record({ type, payload, extra: payload }) },
    { weight: 1, arbitrary: payload },
  );
}
