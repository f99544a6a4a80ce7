/**
 * Server clock tracking. The gateway rejects X-Sdk-Date more than 15 min off, so we estimate the offset from
 * each response's Date header (against the midpoint of send/receive) and sign with local time + offset.
 */

/** Warn the user above this; also the threshold for "this auth failure was caused by our clock". */
export const SKEW_WARN_MS = 5 * 60_000;
/** The gateway's documented tolerance. */
export const SKEW_REJECT_MS = 15 * 60_000;
// Date has 1 s resolution: ignore changes smaller than that so the offset doesn't jitter.
const MIN_CHANGE_MS = 1500;

export class ServerClock {
  private offset = 0;
  private measured: number | undefined;

  /** `onOffset` hears every change of the offset signed with (to keep it across a worker restart). */
  constructor(
    private readonly now: () => number,
    private readonly onOffset?: (offsetMs: number) => void,
  ) {}

  /** Starts from an offset measured earlier (a stopped worker's), unless this one has measured already. */
  restore(offsetMs: number): void {
    if (this.measured === undefined && Number.isFinite(offsetMs)) this.offset = offsetMs;
  }

  /** Local time corrected by the current offset: what we sign with. */
  serverNow(): number {
    return this.now() + this.offset;
  }

  /** The last measured skew (server − local) in ms; undefined until a response with a Date header arrived. */
  skewMs(): number | undefined {
    return this.measured;
  }

  /** Update from a response's Date header. Returns the server time estimate at receipt, if parseable. */
  observe(dateHeader: string | null, sentAt: number, receivedAt: number): number | undefined {
    if (!dateHeader) return undefined;
    const serverMs = Date.parse(dateHeader);
    if (!Number.isFinite(serverMs)) return undefined;
    // +500: Date truncates to whole seconds, so the true server time is on average half a second later.
    const estimate = Math.round(serverMs + 500 - (sentAt + receivedAt) / 2);
    this.measured = estimate;
    if (Math.abs(estimate - this.offset) > MIN_CHANGE_MS) {
      this.offset = estimate;
      this.onOffset?.(estimate);
    }
    return serverMs + 500 + (receivedAt - sentAt) / 2;
  }
}
