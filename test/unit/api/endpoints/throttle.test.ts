// @vitest-environment node
/** Under the sandbox's real throttle (10 req/s per API → 429 CBC.0250), the client's limiter keeps callers clear of 429s. */
import { describe, expect, it } from 'vitest';
import { listPartnerBalances } from '@/utils/api/endpoints/balances';
import { listSubCustomers } from '@/utils/api/endpoints/customers';
import { listIncentiveDiscountPolicies } from '@/utils/api/endpoints/incentives';
import { ApiError } from '@/utils/api/errors';
import { useSandbox } from './sandbox';

const sbx = useSandbox('cn', { customers: 50 });

describe('rate limiting against the sandbox throttle', () => {
  it('300 reads (3 APIs, fired as one burst) finish with zero 429s surfaced and almost none served', {
    timeout: 90_000,
  }, async () => {
    const client = sbx.client();
    const started = Date.now();
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < 300; i++) {
      if (i % 3 === 0) calls.push(listSubCustomers(client, { limit: 5 }));
      else if (i % 3 === 1) calls.push(listPartnerBalances(client));
      else calls.push(listIncentiveDiscountPolicies(client, { time: '2025-01', limit: 5 }));
    }
    const results = await Promise.allSettled(calls);
    const elapsed = Date.now() - started;
    const surfaced = results.filter((r) => r.status === 'rejected');
    const served429 = sbx.server.sandbox.requests.filter((r) => r.status === 429).length;
    console.info(
      `300 reads: ${elapsed} ms, ${served429} 429s served by the sandbox, ${surfaced.length} failures surfaced`,
    );
    expect(surfaced).toEqual([]);
    // Client and sandbox share one event loop here: on a loaded machine a stall bunches arrivals, so a few
    // 429s can be served and are retried. Without the limiter most of the burst is refused (see the control).
    expect(served429).toBeLessThanOrEqual(15);
    expect(sbx.server.sandbox.requests.length - served429).toBe(300);
    // 100 per API at ≤ 10 per 1.1 s: at least ~9.9 s.
    expect(elapsed).toBeGreaterThanOrEqual(9_000);
  });

  it('control: without the limiter the same sandbox does throttle', async () => {
    const client = sbx.client({ perApiPerWindow: 1000, maxConcurrent: 50, retry: { maxAttempts: 1 } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => listPartnerBalances(client)));
    const throttled = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof ApiError && r.reason.kind === 'throttled',
    );
    expect(throttled.length).toBeGreaterThanOrEqual(10);
  });
});
