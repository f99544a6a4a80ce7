/** The pure parts: the state machine, the reconciliation matching and verdicts, the history CSV. */
import { describe, expect, it } from 'vitest';
import { historyCsv, historyRows } from '@/utils/money-ops/history';
import {
  isoSecondsUtc,
  type Match,
  matchTrail,
  ownedTransactionIds,
  reconcileWindow,
  type TrailRecord,
  verdictOf,
} from '@/utils/money-ops/match';
import { canTransition, lockKeys, type MoneyOperation, type OpState, transition } from '@/utils/money-ops/model';
import { overallState } from '@/utils/money-ops/send';

const T0 = Date.UTC(2025, 2, 1, 8, 0, 0);
const op = (patch: Partial<MoneyOperation> = {}): MoneyOperation => ({
  operationId: 'op-1',
  partnerId: 'p',
  site: 'cn',
  kind: 'allocate',
  customerIds: ['c1'],
  amount: '100.5',
  actor: { label: 'Main', domainId: 'd1' },
  state: 'unknown',
  createdAt: T0 - 1000,
  sentAt: T0,
  results: [{ customerId: 'c1', status: 'unknown' }],
  ...patch,
});

describe('state machine', () => {
  const ALL: OpState[] = ['pending', 'sending', 'done', 'failed', 'unknown', 'reconciled-done', 'reconciled-not-done'];
  const ALLOWED = new Set([
    'pending>sending',
    'pending>failed',
    'sending>done',
    'sending>failed',
    'sending>unknown',
    'unknown>reconciled-done',
    'unknown>reconciled-not-done',
  ]);
  for (const from of ALL)
    for (const to of ALL)
      it(`${from} → ${to}: ${ALLOWED.has(`${from}>${to}`) ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
      });

  it('never goes from sending back to pending (which would allow a second send)', () => {
    expect(() => transition(op({ state: 'sending' }), 'pending', {}, T0)).toThrow(/Illegal/);
  });

  it('stamps sentAt on sending and drops the locks on a terminal state', () => {
    const pending = op({ state: 'pending', sentAt: undefined, activeLocks: lockKeys(op()) });
    const sending = transition(pending, 'sending', {}, T0 + 5);
    expect(sending).toMatchObject({ sentAt: T0 + 5, activeLocks: ['p|cn|allocate|c1'] });
    const done = transition(sending, 'done', {}, T0 + 9);
    expect(done.finishedAt).toBe(T0 + 9);
    expect(done.activeLocks).toBeUndefined();
  });

  it.each([
    [['done', 'failed'], 'done'],
    [['failed', 'failed'], 'failed'],
    [['done', 'unknown'], 'unknown'],
  ] as const)('overall state of %j is %s', (statuses, expected) => {
    expect(overallState(statuses.map((status, i) => ({ customerId: `c${i}`, status })))).toBe(expected);
  });
});

describe('reconciliation matching', () => {
  const window = reconcileWindow(op(), T0 + 60_000);
  const rec = (patch: Partial<TrailRecord>): TrailRecord => ({
    customerId: 'c1',
    transactionId: 'T1',
    amount: '100.50',
    time: isoSecondsUtc(T0 + 2000),
    type: 'SOURCE_OPERATION_BEADJUST',
    ...patch,
  });
  const match = (records: TrailRecord[], exclude: string[] = []) =>
    matchTrail('c1', '100.5', records, { window, type: 'SOURCE_OPERATION_BEADJUST', exclude: new Set(exclude) });

  it.each([
    ['one exact record (amount compared as decimals)', [rec({})], [], { kind: 'found', transactionId: 'T1' }],
    ['another customer', [rec({ customerId: 'c2' })], [], { kind: 'none' }],
    ['another amount', [rec({ amount: '100.51' })], [], { kind: 'none' }],
    ['a reclaim, not an allocation', [rec({ type: 'SOURCE_OPERATION_BERETRIEVE' })], [], { kind: 'none' }],
    ['before the window', [rec({ time: isoSecondsUtc(T0 - 6 * 60_000) })], [], { kind: 'none' }],
    ['after the window', [rec({ time: isoSecondsUtc(T0 + 7 * 60_000) })], [], { kind: 'none' }],
    ['owned by another operation', [rec({})], ['T1'], { kind: 'none' }],
    ['no transaction id', [rec({ transactionId: '' })], [], { kind: 'none' }],
    ['the same record listed twice', [rec({}), rec({})], [], { kind: 'found', transactionId: 'T1' }],
    ['one owned, one new', [rec({}), rec({ transactionId: 'T2' })], ['T1'], { kind: 'found', transactionId: 'T2' }],
  ] as const)('%s', (_label, records, exclude, expected) => {
    expect(match([...records], [...exclude])).toEqual(expected);
  });

  it('two unowned candidates are ambiguous: a human decides', () => {
    const result = match([rec({}), rec({ transactionId: 'T2' })]);
    expect(result.kind).toBe('ambiguous');
  });

  it('the window is placed in server time using the skew measured when sending', () => {
    const w = reconcileWindow(op({ skewMs: 120_000 }), T0 + 1000, 60_000);
    expect(w).toEqual({ beginMs: T0 + 60_000, endMs: T0 + 1000 + 180_000 });
    expect(isoSecondsUtc(T0 + 999)).toBe('2025-03-01T08:00:00Z');
  });

  it.each<[Match, number, number, string]>([
    [{ kind: 'found', transactionId: 'T' }, 0, 1, 'done'],
    [{ kind: 'ambiguous', candidates: [] }, 60_000, 5, 'undecided'],
    [{ kind: 'none' }, 10_000, 5, 'undecided'],
    [{ kind: 'none' }, 60_000, 1, 'undecided'],
    [{ kind: 'none' }, 60_000, 2, 'not-done'],
  ])('verdict of %j, %i ms after sending, poll %i: %s', (m, elapsed, polls, expected) => {
    expect(verdictOf(m, op(), T0 + elapsed, polls, { settleMs: 30_000, minPolls: 2 })).toBe(expected);
  });

  it('transaction ids of other operations are excluded, not the operation’s own', () => {
    const others = [
      op({ operationId: 'a', results: [{ customerId: 'c1', status: 'done', transactionId: 'TA' }] }),
      op(),
    ];
    expect([...ownedTransactionIds(others, 'op-1')]).toEqual(['TA']);
  });
});

describe('history export', () => {
  it('one row per customer, with who, what, when and the transaction id; cells are formula-safe', () => {
    const rows = historyRows([
      op({
        state: 'done',
        kind: 'issue-voucher',
        actor: { label: '=HYPERLINK("x")', domainId: 'd1' },
        results: [
          { customerId: 'c1', status: 'done', transactionId: 'CP1' },
          { customerId: 'c2', status: 'failed', code: 'CBC.99000012' },
        ],
      }),
    ]);
    expect(rows.map((r) => [r.customerId, r.customerStatus, r.transactionId, r.errorCode])).toEqual([
      ['c1', 'done', 'CP1', ''],
      ['c2', 'failed', '', 'CBC.99000012'],
    ]);
    const csv = historyCsv(rows);
    expect(csv.startsWith('\uFEFFtime_utc,operation_id')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('2025-03-01T07:59:59.000Z,op-1,cn,issue-voucher,c1,100.5,done,done,CP1');
  });
});
