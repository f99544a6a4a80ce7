/**
 * Lands planned kills at their moment, using the in-process sandbox: its request log shows a page request in
 * flight, its done-hook fires when a page response was sent, and a latency rule on that one page holds it long
 * enough for a mid-fetch kill. One kill is armed at a time, the next one as soon as the previous worker is
 * stopped; while a stop is under way every request is held, so the dying worker cannot run pages ahead.
 */
import type { RecordedRequest } from '../../../sandbox/bss/types';
import type { Sandbox } from '../../../sandbox/server';
import type { ExtensionSession } from '../../harness';
import { describeKill, PAGE_SIZE, type PlannedKill } from './plan';

/** Holds the target page at the sandbox for this long, so the kill lands while it is being fetched. */
const HOLD_MS = 8000;
/** Every request waits this long while a stop is under way (answered to a dead worker, if at all). */
const FREEZE_MS = 5000;

export interface LandedKill extends PlannedKill {
  /** Length of the sandbox request log when the kill was issued: later repeats of a page are re-fetches. */
  logIndex: number;
  /** Sandbox time the worker was stopped. */
  stoppedAt: number;
}

/** Offset of a sync page request (limit 100), from the JSON body (POST) or the query (GET). */
export function pageOffset(r: RecordedRequest): number | undefined {
  const body = (r.body ?? {}) as { offset?: unknown; limit?: unknown };
  const limit = body.limit ?? r.query.limit?.[0];
  if (Number(limit) !== PAGE_SIZE) return undefined;
  return Number(body.offset ?? r.query.offset?.[0] ?? 0);
}

const isTarget = (kill: PlannedKill, r: RecordedRequest) =>
  r.operation === kill.operation && pageOffset(r) === kill.offset;

export class KillDriver {
  constructor(
    private readonly sandbox: Sandbox,
    private readonly session: ExtensionSession,
  ) {}

  /** Waits for the kill's moment, stops the worker, and resolves once it is stopped. */
  land(kill: PlannedKill, timeoutMs: number): Promise<LandedKill> {
    const bss = this.sandbox.bss;
    return new Promise<LandedKill>((resolve, reject) => {
      let fired = false;
      const cleanups: (() => void)[] = [];
      const finish = () => {
        for (const c of cleanups) c();
      };
      const timer = setTimeout(() => {
        finish();
        bss.setFaults({});
        reject(new Error(`kill ${describeKill(kill)} never found its moment within ${timeoutMs} ms`));
      }, timeoutMs);
      cleanups.push(() => clearTimeout(timer));
      const stop = () => {
        if (fired) return;
        fired = true;
        const logIndex = bss.requests.length;
        finish();
        // Stopping takes a while on a loaded machine; meanwhile the dying worker must not run pages ahead.
        bss.setFaults({ latencyMs: FREEZE_MS });
        this.session.stopWorker().then(() => {
          bss.setFaults({});
          resolve({ ...kill, logIndex, stoppedAt: bss.now() });
        }, reject);
      };

      if (kill.moment === 'mid-fetch') {
        bss.setFaults({
          rules: [{ kind: 'latency', operations: [kill.operation], offset: kill.offset, delayMs: HOLD_MS }],
        });
        const done = new Set<string>();
        cleanups.push(bss.onRequestDone((r) => done.add(r.requestId)));
        const poll = setInterval(() => {
          // The record appears with its body before the latency starts; status stays 0 until it is answered.
          const inFlight = bss.requests.some((r) => r.status === 0 && !done.has(r.requestId) && isTarget(kill, r));
          if (inFlight) stop();
        }, 5);
        cleanups.push(() => clearInterval(poll));
        return;
      }
      cleanups.push(
        bss.onRequestDone((r) => {
          if (r.status !== 200 || !isTarget(kill, r)) return;
          if (kill.delayMs === 0) stop();
          else setTimeout(stop, kill.delayMs);
        }),
      );
    });
  }
}
