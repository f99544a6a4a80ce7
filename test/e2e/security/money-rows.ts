/**
 * The G7 fault matrix (security.md §7): what goes wrong around one confirmed money operation, and what the
 * journal and the sandbox ledger must show afterwards. Every rule targets only the row's own customer, so
 * rows that don't stop the worker or the browser run side by side.
 */
import { DEFAULT_BREAKER_POLICY } from '../../../utils/api/breaker';
import type { FaultRule } from '../../sandbox/bss/faults';

/** How the user confirms, or what interrupts the operation. */
export type Drive = 'once' | 'double-click' | 'two-tabs' | 'kill-worker' | 'relaunch';

export interface MatrixRow {
  name: string;
  drive: Drive;
  /** Rules for this row's customer and money operation. */
  rules(operation: string, customerId: string): FaultRule[];
  /** The server applied it (ledger 1) or not (ledger 0, and the user did not send again). */
  applied: boolean;
  /** The journal's final state. */
  final: 'done' | 'reconciled-done' | 'reconciled-not-done';
  /**
   * Chromium itself re-sends a request whose reused keep-alive connection was reset before any response byte
   * (net::HttpNetworkTransaction::ShouldResendRequest, any method), once per idle pooled socket. fetch() has
   * no switch for it, so the sandbox may see the POST more than once within the extension's single send.
   */
  browserResends?: boolean;
}

const on = (operation: string, customerId: string, rule: FaultRule): FaultRule[] => [
  { operations: [operation], customers: [customerId], ...rule },
];

/** The worker or the browser goes away while the request hangs: long enough for any test step. */
const HANG_MS = 60_000;

export const MATRIX: readonly MatrixRow[] = [
  {
    name: 'timeout after server commit',
    drive: 'once',
    // Past the client's 20 s timeout.
    rules: (op, c) => on(op, c, { kind: 'hang', phase: 'after', delayMs: 25_000 }),
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: '502 (HTML page) before commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'raw', phase: 'before', status: 502 }),
    applied: false,
    final: 'reconciled-not-done',
  },
  {
    name: '502 (HTML page) after commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'raw', phase: 'after', status: 502 }),
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: '503 before commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'error', phase: 'before', status: 503 }),
    applied: false,
    final: 'reconciled-not-done',
  },
  {
    name: '503 after commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'error', phase: 'after', status: 503 }),
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: 'connection reset before commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'reset', phase: 'before' }),
    browserResends: true,
    applied: false,
    final: 'reconciled-not-done',
  },
  {
    name: 'connection reset after commit',
    drive: 'once',
    rules: (op, c) => on(op, c, { kind: 'reset', phase: 'after' }),
    browserResends: true,
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: 'one connection reset after commit',
    drive: 'once',
    // A single reset: Chromium's re-send (if the socket was reused) gets a real answer and reads as done.
    rules: (op, c) => on(op, c, { kind: 'reset', phase: 'after', count: 1 }),
    browserResends: true,
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: 'double-click on confirm',
    drive: 'double-click',
    // A slow answer keeps the first click in flight while the second lands.
    rules: (op, c) => on(op, c, { kind: 'latency', delayMs: 1500 }),
    applied: true,
    final: 'done',
  },
  {
    name: 'two tabs confirming the same intent',
    drive: 'two-tabs',
    // Both tabs' live checks finish well inside this, so the second confirmation meets the first in flight.
    rules: (op, c) => on(op, c, { kind: 'latency', delayMs: 5000 }),
    applied: true,
    final: 'done',
  },
  {
    name: 'service worker killed while SENT (after commit)',
    drive: 'kill-worker',
    rules: (op, c) => on(op, c, { kind: 'hang', phase: 'after', delayMs: HANG_MS }),
    applied: true,
    final: 'reconciled-done',
  },
  {
    name: 'browser relaunched mid-flight (after commit)',
    drive: 'relaunch',
    rules: (op, c) => on(op, c, { kind: 'hang', phase: 'after', delayMs: HANG_MS }),
    applied: true,
    final: 'reconciled-done',
  },
];

/** Extra rows for the soak run: the same interruptions before the server applied anything. */
export const SOAK_ROWS: readonly MatrixRow[] = [
  {
    name: 'service worker killed while SENT (before commit)',
    drive: 'kill-worker',
    rules: (op, c) => on(op, c, { kind: 'hang', phase: 'before', delayMs: HANG_MS }),
    applied: false,
    final: 'reconciled-not-done',
  },
  {
    name: 'browser relaunched mid-flight (before commit)',
    drive: 'relaunch',
    rules: (op, c) => on(op, c, { kind: 'hang', phase: 'before', delayMs: HANG_MS }),
    applied: false,
    final: 'reconciled-not-done',
  },
];

/** Rows that stop the worker or the whole browser run one at a time, after the side-by-side ones. */
export const runsAlone = (row: MatrixRow) => row.drive === 'kill-worker' || row.drive === 'relaunch';

/** How many of a row's answers the client's circuit breaker counts as host failures (retry.ts isTransient). */
export function breakerFailures(row: MatrixRow): number {
  const transient = (r: FaultRule) =>
    r.kind === 'hang' || r.kind === 'reset' || ((r.kind === 'raw' || r.kind === 'error') && (r.status ?? 503) >= 500);
  return row.rules('op', 'customer').filter(transient).length;
}

/**
 * Side-by-side rows packed into groups that run one after another, each with fewer failing answers than open
 * the circuit breaker: all rows failing at once would open it (rightly: five failures in a row from one host),
 * and the rows after would be refused before sending anything, which is not what they test. Each row ends with
 * its own successful reconciliation read, which closes the count before the next group starts.
 */
export function sideBySideGroups(rows: readonly MatrixRow[], maxFailures = DEFAULT_BREAKER_POLICY.threshold - 1) {
  const groups: MatrixRow[][] = [];
  let current: MatrixRow[] = [];
  let failures = 0;
  for (const row of rows) {
    const own = breakerFailures(row);
    if (current.length > 0 && failures + own > maxFailures) {
      groups.push(current);
      current = [];
      failures = 0;
    }
    current.push(row);
    failures += own;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
