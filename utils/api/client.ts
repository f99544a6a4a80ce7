/**
 * The BSS/IAM client: the one transport every endpoint goes through. Background service worker only
 * (WebCrypto + fetch). Adds the per-API rate limit, bounded concurrency, retries for calls that are safe to
 * repeat, and clock-skew correction on top of transport.ts.
 */
import type { Site } from '@/utils/domain';
import type { CircuitBreaker } from './breaker';
import { BrowserThrottle } from './browser-throttle';
import { ServerClock, SKEW_WARN_MS } from './clock';
import { ApiError, registerSecrets, unavailableError } from './errors';
import { type ApiCredentials, type BaseUrls, type CallInput, DEFAULT_BASE_URLS, type Operation } from './operation';
import { RateLimiter } from './rate-limiter';
import { breakerVerdict, DEFAULT_RETRY_POLICY, defaultSleep, type RetryPolicy, retryDelay } from './retry';
import { type AttemptResult, attempt, type FetchLike, mayResign, withSkewDetail } from './transport';

export { type ApiCredentials, type BaseUrls, type CallInput, DEFAULT_BASE_URLS, type Operation } from './operation';

export interface ClientOptions {
  credentials: ApiCredentials;
  baseUrls?: Partial<BaseUrls>;
  fetch?: FetchLike;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Per attempt, below the service worker's 30 s fetch limit. */
  timeoutMs?: number;
  maxConcurrent?: number;
  perApiPerWindow?: number;
  rateWindowMs?: number;
  retry?: Partial<RetryPolicy>;
  maxBodyBytes?: number;
  /** Shared by every client of the worker, so one host's failures stop all callers (breaker.ts). */
  breaker?: CircuitBreaker;
  /** Shared server-clock estimate: the offset learned by one client serves the next (clock.ts). */
  clock?: ServerClock;
  /** Shared like the breaker: Chromium's back-off is per URL for the whole extension (browser-throttle.ts). */
  browserThrottle?: BrowserThrottle;
}

export interface BssClient {
  readonly site: Site;
  readonly baseUrls: Readonly<BaseUrls>;
  call<T>(op: Operation<T>, input?: CallInput): Promise<T>;
  /** Measured server − local clock difference in ms, undefined until the first response. */
  clockSkewMs(): number | undefined;
  /** True when the local clock is off enough to tell the user (> 5 min). */
  clockWarning(): boolean;
}

export function createClient(options: ClientOptions): BssClient {
  const { credentials } = options;
  registerSecrets(credentials.ak, credentials.sk, credentials.securityToken);
  const baseUrls: BaseUrls = { ...DEFAULT_BASE_URLS[credentials.site], ...options.baseUrls };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const fetchFn: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const clock = options.clock ?? new ServerClock(now);
  const { breaker } = options;
  const browserThrottle = options.browserThrottle ?? new BrowserThrottle(now);
  const limiter = new RateLimiter({
    perKey: options.perApiPerWindow ?? 10,
    windowMs: options.rateWindowMs ?? 1100,
    maxConcurrent: options.maxConcurrent ?? 4,
    now,
    sleep,
  });

  async function once<T>(op: Operation<T>, input: CallInput, body: string | undefined): Promise<AttemptResult<T>> {
    let release: () => void;
    const url = urlOf(op);
    try {
      // Never a request Chromium itself would refuse after a run of 5xx answers (browser-throttle.ts).
      const throttled = browserThrottle.waitMs(url);
      if (throttled > 0) await sleep(throttled, input.signal);
      release = await limiter.acquire(`${op.service ?? 'bss'}:${op.name}`, input.signal);
    } catch (cause) {
      // Only the caller's abort can end these waits; nothing was sent.
      const error = new ApiError({
        kind: 'network',
        detail: 'aborted',
        message: `${op.name} was cancelled`,
        operation: op.name,
        cause,
      });
      return { ok: false, error, signedAt: now(), retryAfter: null };
    }
    try {
      const result = await attempt(
        {
          operation: op.name,
          method: op.method,
          baseUrl: baseUrlOf(op),
          path: op.path,
          query: input.query,
          headers: input.headers,
          body,
          schema: op.response,
          allowEmptyBody: op.allowEmptyBody ?? false,
          idempotent: op.idempotent,
        },
        {
          fetch: fetchFn,
          now,
          clock,
          // IAM is not a global BSS service: no X-Domain-Id there (it is how we discover the id).
          credentials: op.service === 'iam' ? { ...credentials, domainId: undefined } : credentials,
          timeoutMs: options.timeoutMs ?? 20_000,
          maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
          signal: input.signal,
        },
      );
      browserThrottle.observe(url, result.ok ? 200 : result.error.httpStatus);
      return result;
    } finally {
      release();
    }
  }

  const baseUrlOf = (op: Operation<unknown>) => (op.service === 'iam' ? baseUrls.iam : baseUrls.bss);
  const urlOf = (op: Operation<unknown>) => baseUrlOf(op) + op.path;
  // The breaker's scope (breaker.ts); an unparseable base URL is unsignable anyway and the attempt reports it.
  const hostOf = (op: Operation<unknown>) =>
    URL.canParse(baseUrlOf(op)) ? new URL(baseUrlOf(op)).host : baseUrlOf(op);

  async function call<T>(op: Operation<T>, input: CallInput = {}): Promise<T> {
    const body = input.body === undefined ? undefined : JSON.stringify(input.body);
    const started = now();
    const host = hostOf(op);
    let skewRetried = false;
    for (let attemptNo = 0; ; attemptNo++) {
      const admission = breaker ? await breaker.admit(host, op.idempotent) : undefined;
      // Open circuit: refused before anything is sent, so even a money call ends without ambiguity.
      if (admission && !admission.allowed) throw unavailableError(op.name, host, admission.retryAt);
      const result = await once(op, input, body);
      if (result.ok) {
        await breaker?.record(host, 'success');
        return result.value;
      }
      const error = withSkewDetail(result);
      const openUntil = await breaker?.record(host, breakerVerdict(error));
      // One re-sign with the corrected clock (a money call only after the gateway's 401 APIGW.0301).
      if (mayResign(op.idempotent, error) && !skewRetried) {
        skewRetried = true;
        continue;
      }
      // A money call's own error is kept as is: it carries whether the money may have moved.
      if (!op.idempotent) throw error;
      if (openUntil !== undefined) throw unavailableError(op.name, host, openUntil, error);
      const elapsedMs = now() - started;
      const delay = retryDelay({
        error,
        minDelayMs: browserThrottle.waitMs(urlOf(op)),
        attemptNo,
        retryAfter: result.retryAfter,
        elapsedMs,
        now: now(),
        policy,
        random,
      });
      if (delay === undefined) throw error;
      try {
        await sleep(delay, input.signal);
      } catch {
        throw error;
      }
    }
  }

  return {
    site: credentials.site,
    baseUrls,
    call,
    clockSkewMs: () => clock.skewMs(),
    clockWarning: () => Math.abs(clock.skewMs() ?? 0) > SKEW_WARN_MS,
  };
}
