/**
 * G6 steps: the cache fingerprint that must not move, and running one sync job to its end (success or failure)
 * through messages, as the popup's "sync now" does.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SyncJobId, SyncJobStatus, SyncStatus } from '../../../utils/messages/sync';
import { send } from '../money/flow';
import { canonicalJson, dumpIndexedDb, type IdbDump, sha256 } from './idb-dump';

/**
 * `meta` records the product legitimately rewrites on every sync attempt, whatever the answer:
 * - `sync-status|…`: the per-job state and the failure itself (this is how the UI learns the typed error);
 * - `sync-lease`: the single-flight lock, taken and released around every run;
 * - `clock-skew|…`: the server clock offset measured from the answer's Date header (not cached data).
 * Everything else — customers, money, vouchers, balances, checkpoints, the journal, the vault — is compared.
 */
const VOLATILE_META = [/^sync-status\|/, /^sync-lease$/, /^clock-skew\|/];

export interface CacheFingerprint {
  hash: string;
  records: number;
  dump: IdbDump;
}

export async function cacheFingerprint(page: Page): Promise<CacheFingerprint> {
  const dump = await dumpIndexedDb(page);
  dump.meta = (dump.meta ?? []).filter(([key]) => !VOLATILE_META.some((re) => re.test(String(key))));
  const records = Object.values(dump).reduce((n, rows) => n + rows.length, 0);
  return { hash: sha256(canonicalJson(dump)), records, dump };
}

async function status(page: Page): Promise<SyncStatus> {
  const reply = (await send(page, 'sync.status', {})) as { ok: boolean; value: SyncStatus };
  expect(reply.ok, 'the worker answers').toBe(true);
  return reply.value;
}

/** Polls `check` until it is true (usable in hooks, where expect.poll is not). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts `job` now and waits until it failed or succeeded after `since`; returns its status. */
export async function runJob(page: Page, job: SyncJobId, timeoutMs = 60_000): Promise<SyncJobStatus> {
  const since = Date.now();
  expect(await send(page, 'sync.now', { jobs: [job] })).toMatchObject({ ok: true });
  let last: SyncJobStatus | undefined;
  await waitFor(
    `the ${job} job`,
    async () => {
      const s = await status(page);
      last = s.jobs.find((j) => j.id === job);
      const failed = last?.state === 'failed' && s.error?.job === job && s.error.at >= since;
      return !s.running && (failed || (last?.lastSuccessAt ?? 0) >= since);
    },
    timeoutMs,
  );
  if (!last) throw new Error(`no status for ${job}`);
  return last;
}

/** The first full sync: every available job once, successfully. */
export async function syncAll(page: Page, jobs: readonly SyncJobId[]): Promise<void> {
  for (const job of jobs) expect((await runJob(page, job, 120_000)).state).not.toBe('failed');
}
