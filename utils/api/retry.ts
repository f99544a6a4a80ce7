/**
 * Retry policy for calls that are safe to repeat (security.md §4.1): capped exponential backoff with full
 * jitter, Retry-After honoured, bounded attempts and total time. Money-moving calls never come here.
 */
import type { Verdict } from './breaker';
import type { ApiError } from './errors';

export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** No retry is scheduled past this much time since the first attempt. */
  budgetMs: number;
  /** Throttling answers wait at least this long (the API documents no Retry-After). */
  throttledMinMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseMs: 500,
  capMs: 20_000,
  budgetMs: 60_000,
  throttledMinMs: 1000,
};

/** Full jitter: random(0, min(cap, base·2^attempt)); `attempt` counts retries from 0. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Retry-After as seconds or an HTTP-date (RFC 9110), in ms from `nowMs`; undefined if absent/invalid. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** Transient failures worth repeating for a read: network/timeout, throttling, and 500/502/503/504. */
export function isTransient(error: ApiError): boolean {
  if (error.kind === 'network' && error.detail !== 'aborted') return true;
  if (error.kind === 'throttled') return true;
  if (error.kind === 'malformed' && error.detail === 'truncated') return true;
  return error.kind === 'server' && RETRYABLE_STATUS.has(error.httpStatus);
}

export interface RetryInput {
  error: ApiError;
  /** The retry may not go sooner than this (the browser's own back-off, browser-throttle.ts). */
  minDelayMs?: number;
  /** Attempts made so far, minus one (0 after the first). */
  attemptNo: number;
  /** The answer's Retry-After header. */
  retryAfter: string | null;
  elapsedMs: number;
  now: number;
  policy: RetryPolicy;
  random: () => number;
}

/** The wait before retrying a read, or undefined when it must not be retried (kind, attempts, time budget). */
export function retryDelay({ error, minDelayMs, attemptNo, retryAfter, elapsedMs, now, policy, random }: RetryInput) {
  if (!isTransient(error) || attemptNo + 1 >= policy.maxAttempts) return undefined;
  let delay = Math.max(backoffMs(attemptNo, policy, random), minDelayMs ?? 0);
  if (error.kind === 'throttled') delay = Math.max(delay, policy.throttledMinMs);
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) delay = Math.max(delay, asked);
  return elapsedMs + delay > policy.budgetMs ? undefined : delay;
}

/** What an attempt tells the circuit breaker: transient failures count, any other answer shows the host is up. */
export function breakerVerdict(error: ApiError): Verdict {
  if (isTransient(error)) return 'failure';
  // Nothing was sent (cancelled, unsignable) or refused by the breaker itself: no news about the host.
  if (error.detail === 'aborted' || error.code === 'CLIENT.SIGNING' || error.kind === 'unavailable') return 'neutral';
  return 'success';
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
