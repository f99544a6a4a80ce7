// @vitest-environment node
/** Sync behind an open circuit breaker: it stops and says when it retries, instead of hammering the API. */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '@/utils/api/breaker';
import { memoryBreakerStore } from '@/utils/api/breaker-store';
import { createClient } from '@/utils/api/client';
import type { SyncJobId } from '@/utils/messages/sync';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { dueJobs, isFatal, reasonOf } from '@/utils/sync/plan';
import { EMPTY_JOB_STATUS, type StoredJobStatus } from '@/utils/sync/status-store';
import { useSyncSandbox } from './helpers';

describe('plan: an "unavailable" failure', () => {
  const NOW = Date.UTC(2026, 0, 5, 12);
  const info = { kind: 'unavailable' as const, message: 'open', retryAt: NOW + 30_000 };
  const failed: StoredJobStatus = {
    ...EMPTY_JOB_STATUS,
    state: 'failed',
    lastAttemptAt: NOW,
    error: { ...info, at: NOW },
  };
  const plan = (now: number) =>
    dueJobs({
      site: 'intl',
      settings: DEFAULT_SETTINGS,
      statuses: { customers: failed, money: failed, vouchers: failed, resources: failed } as Record<
        SyncJobId,
        StoredJobStatus
      >,
      checkpoints: [],
      forced: new Set(),
      now,
    });

  it('reads as "unavailable", stops the run, and is due again exactly when the host reopens', () => {
    expect(reasonOf(info)).toBe('unavailable');
    expect(isFatal(info)).toBe(true);
    expect(plan(NOW + 29_999)).toEqual([]);
    expect(plan(NOW + 30_000)).toEqual(['customers', 'resources']);
  });
});

describe('sync service with the breaker', () => {
  const h = useSyncSandbox('cn', 120);

  it('5 failures open it: the run stops, later runs send nothing, and it recovers after the cooldown', async () => {
    let shift = 0;
    const now = () => Date.now() + shift;
    const breaker = new CircuitBreaker(memoryBreakerStore(), now);
    const sync = h.service({
      now,
      makeClient: (credentials) =>
        createClient({
          credentials,
          baseUrls: { bss: h.server.baseUrl, iam: h.server.iamBaseUrl },
          retry: { baseMs: 5 },
          breaker,
        }),
    });
    h.server.sandbox.setFaults({ rules: [{ kind: 'error', status: 503, errorCode: 'CBC.0999', errorMsg: 'down' }] });
    await sync.syncNow();
    expect(h.server.sandbox.requests).toHaveLength(5);
    const status = await sync.status();
    expect(status.error).toMatchObject({ reason: 'unavailable', job: 'customers', kind: 'unavailable' });
    const retryAt = status.error?.retryAt ?? 0;
    expect(retryAt - now()).toBeGreaterThan(55_000);
    expect(status.stale).toBe(true);

    // "Sync now" and the status polls while open: no request at all.
    await sync.syncNow();
    await sync.ensure();
    expect(h.server.sandbox.requests).toHaveLength(5);

    // The host is back; once the cooldown is over the next due check sends one probe and the sync completes.
    h.server.sandbox.setFaults({});
    shift = retryAt - Date.now();
    await sync.ensure();
    const after = await sync.status();
    expect(after.error).toBeNull();
    expect(after.jobs.find((j) => j.id === 'customers')?.state).toBe('idle');
    expect(await breaker.retryAt(new URL(h.server.baseUrl).host)).toBeUndefined();
  });
});
