/**
 * Circuit breaker per API host (security.md §4.1). After `threshold` consecutive transient failures (network,
 * timeout, 429, 5xx) the host is "open": calls fail fast without sending anything until `cooldownMs` has
 * passed; then exactly one probe may go (half-open) and its answer closes or re-opens the circuit.
 *
 * Scope = the host (bss.myhuaweicloud.com, bss-intl…, iam…): an outage or a throttle storm is a property of a
 * gateway, so moving on to the next API of the same host would only hammer it again, while the other site
 * and IAM fail independently and must stay usable.
 *
 * State lives behind a BreakerStore (storage.session in the worker) so a service-worker stop does not reset it.
 */

export interface BreakerRecord {
  /** Consecutive transient failures. */
  failures: number;
  /** While open: when a probe may go. While a probe is out: when that probe counts as lost. */
  openUntil: number | null;
  /** A probe was let through after the cooldown and has not answered yet. */
  probing: boolean;
}

export type BreakerState = Record<string, BreakerRecord>;

export interface BreakerStore {
  load(): Promise<BreakerState>;
  save(state: BreakerState): Promise<void>;
}

export interface BreakerPolicy {
  threshold: number;
  cooldownMs: number;
  /** A probe that never answers (the worker died with it) frees the slot after this long. */
  probeLeaseMs: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = { threshold: 5, cooldownMs: 60_000, probeLeaseMs: 30_000 };

export type Admission = { allowed: true; probe: boolean } | { allowed: false; retryAt: number };

/** success = the host answered (any non-transient answer, 4xx included); neutral = nothing was learned. */
export type Verdict = 'success' | 'failure' | 'neutral';

export class CircuitBreaker {
  private state: BreakerState | undefined;
  private loading: Promise<BreakerState> | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: BreakerStore,
    private readonly now: () => number = Date.now,
    readonly policy: BreakerPolicy = DEFAULT_BREAKER_POLICY,
  ) {}

  /**
   * May a request to `key` go now? Takes the probe slot when the cooldown is over — unless `canProbe` is false
   * (money calls): a host that just failed 5 times is tested with a read, never with a payment.
   */
  async admit(key: string, canProbe = true): Promise<Admission> {
    const state = await this.ready();
    const record = state[key];
    if (!record || record.openUntil === null) return { allowed: true, probe: false };
    const now = this.now();
    if (now < record.openUntil) return { allowed: false, retryAt: record.openUntil };
    if (!canProbe) return { allowed: false, retryAt: now };
    // Cooldown over (or the previous probe was lost): this caller is the one probe.
    state[key] = { ...record, probing: true, openUntil: now + this.policy.probeLeaseMs };
    await this.persist();
    return { allowed: true, probe: true };
  }

  /** Records how a request to `key` ended; returns when a refused caller may try again if the circuit is open. */
  async record(key: string, verdict: Verdict): Promise<number | undefined> {
    const state = await this.ready();
    const record = state[key];
    if (verdict === 'neutral') return this.openUntil(record);
    if (verdict === 'success') {
      if (record) {
        delete state[key];
        await this.persist();
      }
      return undefined;
    }
    const failures = (record?.failures ?? 0) + 1;
    const opens = record?.probing || (failures >= this.policy.threshold && record?.openUntil == null);
    const openUntil = opens ? this.now() + this.policy.cooldownMs : (record?.openUntil ?? null);
    state[key] = { failures, openUntil, probing: false };
    await this.persist();
    return this.openUntil(state[key]);
  }

  /** When `key` accepts requests again; undefined when it is closed. */
  async retryAt(key: string): Promise<number | undefined> {
    return this.openUntil((await this.ready())[key]);
  }

  private openUntil(record: BreakerRecord | undefined): number | undefined {
    return record?.openUntil != null && this.now() < record.openUntil ? record.openUntil : undefined;
  }

  private async ready(): Promise<BreakerState> {
    if (this.state) return this.state;
    this.loading ??= this.store.load().catch(() => ({}));
    const loaded = await this.loading;
    this.state ??= loaded;
    return this.state;
  }

  /** Writes in order, so a slow earlier write never overwrites a later state. */
  private persist(): Promise<void> {
    const snapshot = structuredClone(this.state ?? {});
    this.writes = this.writes.then(() => this.store.save(snapshot)).catch(() => undefined);
    return this.writes;
  }
}
