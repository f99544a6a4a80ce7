/**
 * Client-side throttle: at most `perKey` request starts per `windowMs` for each API (BSS allows 10/s per
 * API; the window carries a margin so arrival jitter can't push an 11th request into the server's second),
 * and at most `maxConcurrent` requests in flight overall. Waiting for a window never holds a concurrency slot.
 */

export interface RateLimiterOptions {
  perKey: number;
  windowMs: number;
  maxConcurrent: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type Release = () => void;

export class RateLimiter {
  private readonly starts = new Map<string, number[]>();
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];

  constructor(private readonly opts: RateLimiterOptions) {}

  /** Resolves when the request may start; call the returned function when it has finished. */
  async acquire(key: string, signal?: AbortSignal): Promise<Release> {
    for (;;) {
      signal?.throwIfAborted();
      const wait = this.windowWait(key);
      if (wait > 0) {
        await this.opts.sleep(wait, signal);
        continue;
      }
      if (this.inFlight >= this.opts.maxConcurrent) {
        await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
        continue;
      }
      // Check and record happen synchronously, so concurrent acquirers can't both take the last slot.
      this.inFlight++;
      this.history(key).push(this.opts.now());
      return this.releaseOnce();
    }
  }

  private releaseOnce(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.slotWaiters.shift()?.();
    };
  }

  private history(key: string): number[] {
    let list = this.starts.get(key);
    if (!list) {
      list = [];
      this.starts.set(key, list);
    }
    return list;
  }

  /** ms until `key` may start another request (0 = now). */
  private windowWait(key: string): number {
    const list = this.history(key);
    const now = this.opts.now();
    while (list.length > 0 && (list[0] ?? 0) <= now - this.opts.windowMs) list.shift();
    if (list.length < this.opts.perKey) return 0;
    const oldest = list[list.length - this.opts.perKey] ?? now;
    return Math.max(1, oldest + this.opts.windowMs - now);
  }
}
