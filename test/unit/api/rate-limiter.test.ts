import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/utils/api/rate-limiter';
import { backoffMs, DEFAULT_RETRY_POLICY, parseRetryAfter } from '@/utils/api/retry';
import { virtualTime } from './helpers';

function maxInAnyWindow(times: number[], windowMs: number): number {
  let max = 0;
  for (const t of times) max = Math.max(max, times.filter((x) => x >= t && x < t + windowMs).length);
  return max;
}

describe('rate limiter', () => {
  it('keeps each API under 10 starts per second and ≤ 4 in flight', async () => {
    const clock = virtualTime();
    const limiter = new RateLimiter({
      perKey: 10,
      windowMs: 1100,
      maxConcurrent: 4,
      now: clock.now,
      sleep: clock.sleep,
    });
    const starts: Record<string, number[]> = { a: [], b: [] };
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const key = i % 2 ? 'a' : 'b';
        const release = await limiter.acquire(key);
        starts[key]?.push(clock.now());
        inFlight++;
        peak = Math.max(peak, inFlight);
        await Promise.resolve();
        clock.advance(5);
        inFlight--;
        release();
      }),
    );
    expect(peak).toBeLessThanOrEqual(4);
    for (const list of Object.values(starts)) {
      expect(list).toHaveLength(30);
      expect(maxInAnyWindow(list, 1000)).toBeLessThanOrEqual(10);
    }
  });

  it('keys are independent: 10 of one API do not delay another', async () => {
    const clock = virtualTime();
    const limiter = new RateLimiter({
      perKey: 10,
      windowMs: 1100,
      maxConcurrent: 100,
      now: clock.now,
      sleep: clock.sleep,
    });
    for (let i = 0; i < 10; i++) (await limiter.acquire('a'))();
    const before = clock.now();
    (await limiter.acquire('b'))();
    expect(clock.now()).toBe(before);
    (await limiter.acquire('a'))();
    expect(clock.now()).toBeGreaterThanOrEqual(before + 1100);
  });
});

describe('retry policy', () => {
  it('full jitter is capped', () => {
    expect(backoffMs(0, DEFAULT_RETRY_POLICY, () => 0.999)).toBe(499);
    expect(backoffMs(10, DEFAULT_RETRY_POLICY, () => 0.999)).toBe(19_980);
    expect(backoffMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
  });

  it('parses Retry-After seconds and HTTP-dates', () => {
    const now = Date.UTC(2025, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
