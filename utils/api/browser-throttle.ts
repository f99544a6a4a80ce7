/**
 * A model of Chromium's own back-off for extension requests (extensions/renderer/extension_throttle_entry.cc),
 * so the client never sends a request the browser would refuse.
 *
 * Per URL (query left out), Chromium counts 500, 503 and 509 answers; any other answer takes one off the count.
 * From the 3rd counted answer on, it rejects every request to that URL, without sending it, until
 * 700 ms · 1.4^(n−3) (less up to 40 % jitter) after the answer. The page sees only "Failed to fetch": to us it
 * would read as "could not reach the server", count toward the circuit breaker, and a money call would end
 * "outcome unknown" although nothing left the browser. So before each attempt the client waits out the
 * longest release time Chromium may have set (the value without jitter, plus a margin).
 */

export const CHROMIUM_EXTENSION_BACKOFF = {
  counted: new Set([500, 503, 509]),
  ignoredErrors: 2,
  initialMs: 700,
  factor: 1.4,
  /** Chromium forgets an entry this long after its release time. */
  lifetimeMs: 2 * 60_000,
  /** Our timer starts after Chromium's (it sets its release when the answer arrives); this is for rounding. */
  marginMs: 50,
};

/** The longest wait Chromium imposes after `count` counted answers in a row (0 while under its threshold). */
export function chromiumBackoffMs(count: number): number {
  const { ignoredErrors, initialMs, factor, marginMs } = CHROMIUM_EXTENSION_BACKOFF;
  const over = count - ignoredErrors;
  return over <= 0 ? 0 : Math.ceil(initialMs * factor ** (over - 1)) + marginMs;
}

interface Entry {
  count: number;
  releaseAt: number;
}

export class BrowserThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records the HTTP status an attempt to `url` got; undefined when no answer came (Chromium counts nothing). */
  observe(url: string, status: number | undefined): void {
    if (status === undefined || status === 0) return;
    const entry = this.current(url) ?? { count: 0, releaseAt: 0 };
    if (CHROMIUM_EXTENSION_BACKOFF.counted.has(status)) {
      entry.count++;
      entry.releaseAt = this.now() + chromiumBackoffMs(entry.count);
    } else {
      // Chromium decays the count instead of resetting it, and keeps the release time already set.
      entry.count = Math.max(0, entry.count - 1);
    }
    if (entry.count === 0 && entry.releaseAt <= this.now()) this.entries.delete(url);
    else this.entries.set(url, entry);
  }

  /** How long a request to `url` must wait so that Chromium lets it go (0: now). */
  waitMs(url: string): number {
    const entry = this.current(url);
    return entry ? Math.max(0, entry.releaseAt - this.now()) : 0;
  }

  private current(url: string): Entry | undefined {
    const entry = this.entries.get(url);
    if (entry && this.now() - entry.releaseAt > CHROMIUM_EXTENSION_BACKOFF.lifetimeMs) {
      this.entries.delete(url);
      return undefined;
    }
    return entry;
  }
}
