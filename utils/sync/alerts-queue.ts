/**
 * Badge and notifications run beside the sync, one pass at a time (the notifier reads and rewrites what it last
 * notified), never in its path: with tens of thousands of customers at risk they take a while, and a
 * notifications API that never answers must not keep a run, and its lease, from going on.
 */
import type { PartnerScope } from '../domain';

export const ALERTS_WAIT_MS = 15_000;

/** Resolves or rejects like `promise`, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createAlertsQueue(hook: ((scope: PartnerScope) => Promise<void>) | undefined, waitMs: number) {
  let tail: Promise<void> = Promise.resolve();
  const queued = new Set<string>();
  return {
    /** Statuses of `scope` changed: queue one alerts pass for it. */
    changed(scope: PartnerScope): void {
      const key = `${scope.partnerId}|${scope.site}`;
      // A pass already queued for the scope reads the latest statuses: it covers this change too.
      if (!hook || queued.has(key)) return;
      queued.add(key);
      tail = tail.then(async () => {
        queued.delete(key);
        await withTimeout(hook(scope), waitMs).catch(() => undefined);
      });
    },
    /** Waits for the queued passes, at most `waitMs`, so a finished run usually means an updated badge. */
    settle: (): Promise<void> => withTimeout(tail, waitMs).catch(() => undefined),
  };
}
