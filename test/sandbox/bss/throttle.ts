/** Per-account, per-operation sliding one-second window (bss-api.md §1: 10 requests per second per API). */
export class Throttle {
  private readonly hits = new Map<string, number[]>();

  /** `perSecond` ≤ 0 disables throttling. */
  constructor(private perSecond: number) {}

  setRate(perSecond: number): void {
    this.perSecond = perSecond;
    this.hits.clear();
  }

  /** Records a call and returns false when it is over the limit (rejected calls do not count). */
  allow(key: string, nowMs: number): boolean {
    if (this.perSecond <= 0) return true;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - 1000);
    if (recent.length >= this.perSecond) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}
