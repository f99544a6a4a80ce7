import { describe, expect, it } from 'vitest';
import type { CheckpointRecord } from '@/utils/cache/schema';
import type { SyncJobId } from '@/utils/messages/sync';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { assembleStatus, dueJobs, RETRY_AFTER_FAILURE_MS } from '@/utils/sync/plan';
import { EMPTY_JOB_STATUS, type StoredJobStatus } from '@/utils/sync/status-store';

const NOW = Date.UTC(2026, 0, 5, 12);
const fresh: StoredJobStatus = { ...EMPTY_JOB_STATUS, lastSuccessAt: NOW - 60_000, lastAttemptAt: NOW - 60_000 };
const statuses = (resources: StoredJobStatus): Record<SyncJobId, StoredJobStatus> => ({
  customers: fresh,
  money: fresh,
  vouchers: fresh,
  resources,
});
const unfinished: CheckpointRecord = {
  partnerId: 'p',
  site: 'cn',
  jobId: 'resources',
  runId: 'r1',
  offset: 20,
  total: 128,
  totalAtStart: 128,
  startedAt: NOW - 120_000,
  updatedAt: NOW - 30_000,
  done: false,
};
const plan = (resources: StoredJobStatus, forced: SyncJobId[] = []) =>
  dueJobs({
    site: 'cn',
    settings: DEFAULT_SETTINGS,
    statuses: statuses(resources),
    checkpoints: [unfinished],
    forced: new Set(forced),
    now: NOW,
  });

describe('dueJobs with an unfinished pass', () => {
  it('resumes a pass a stopped worker left running', () => {
    expect(plan({ ...fresh, state: 'running' })).toEqual(['resources']);
  });

  it('does not restart a pass that just failed (each status poll would retry it forever)', () => {
    const error = { kind: 'network' as const, message: 'down', at: NOW - 10_000 };
    expect(plan({ ...fresh, state: 'failed', error, lastAttemptAt: NOW - 10_000 })).toEqual([]);
    const later = NOW - RETRY_AFTER_FAILURE_MS - 1;
    expect(plan({ ...fresh, state: 'failed', error, lastAttemptAt: later })).toEqual(['resources']);
  });

  it('"sync now" retries it at once', () => {
    const error = { kind: 'network' as const, message: 'down', at: NOW - 10_000 };
    expect(plan({ ...fresh, state: 'failed', error, lastAttemptAt: NOW - 10_000 }, ['resources'])).toEqual([
      'resources',
    ]);
  });
});

describe('a pass run in bounded slices (resources)', () => {
  const between = { ...fresh, state: 'idle' as const, continuesAt: NOW + 20_000 };

  it('waits for the pause between two slices; then the next slice is due', () => {
    expect(plan(between)).toEqual([]);
    expect(plan({ ...between, continuesAt: NOW - 1 })).toEqual(['resources']);
  });

  it('"sync now" and a slice cut short by a stopped worker do not wait', () => {
    expect(plan(between, ['resources'])).toEqual(['resources']);
    expect(plan({ ...between, state: 'running' })).toEqual(['resources']);
  });

  it('the status says how far the pass got and when it goes on; a running slice shows plain progress', () => {
    const status = (resources: StoredJobStatus) =>
      assembleStatus({
        site: 'cn',
        statuses: statuses(resources),
        settings: DEFAULT_SETTINGS,
        running: false,
        locked: false,
        clockSkewMs: null,
        now: NOW,
      }).jobs.find((j) => j.id === 'resources');
    expect(status({ ...between, done: 200, total: 17_000 })).toMatchObject({
      state: 'idle',
      done: 200,
      total: 17_000,
      continuesAt: NOW + 20_000,
    });
    expect(status({ ...between, state: 'running' })).not.toHaveProperty('continuesAt');
  });
});
