/**
 * The sync scheduler: decides which jobs are due (plan.ts), runs them one after another under a persisted
 * lease (single flight, also across contexts), records progress and errors per job, and stops cleanly when
 * the vault locks. `ensure()` is idempotent: alarms, start-up, unlock and the popup's polling all call it.
 */
import type { ApiCredentials as ClientCredentials } from '../api/client';
import type { Db } from '../cache/db';
import { listCheckpoints } from '../cache/repositories';
import type { PartnerScope } from '../domain';
import type { SyncJobId, SyncStatus } from '../messages/sync';
import { lowBalanceFor } from '../settings';
import { ALERTS_WAIT_MS, createAlertsQueue } from './alerts-queue';
import { recordFailure, recordSuccess } from './job-outcome';
import { acquireLease, LEASE_TTL_MS, releaseLease, withRunLock } from './lease';
import { assembleStatus, dueJobs, isFatal } from './plan';
import { runJob } from './run-job';
import type { SyncServiceDeps } from './service-deps';
import { readClockSkew, readJobStatuses, updateJobStatus, writeClockSkew } from './status-store';

const LEASE_KEY = 'sync-lease';
/** Web Lock held for the whole run; freed by the browser when the worker is stopped (lease.ts). */
const RUN_LOCK = 'partner-assistant-sync';
export function createSyncService(deps: SyncServiceDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const owner = newId();
  const forced = new Set<SyncJobId>();
  let current: { controller: AbortController; done: Promise<void> } | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Something is being fetched (a job was due, or "sync now" is starting one). Not `current !== null`: every
   * `sync.status` nudges `ensure()`, and a run that finds nothing due would read as syncing on each poll.
   */
  let busy = false;

  // A run waits for badge and notifications at its very end, at most `alertsWaitMs` (alerts-queue.ts).
  const alerts = createAlertsQueue(deps.onStatusesChanged, deps.alertsWaitMs ?? ALERTS_WAIT_MS);

  async function run(controller: AbortController): Promise<void> {
    const auth = await deps.credentials();
    if (!auth.ok || controller.signal.aborted) return;
    const db = await deps.db();
    const scope: PartnerScope = { partnerId: auth.credentials.domainId, site: auth.credentials.site };
    const ran = await withRunLock(RUN_LOCK, async (exclusive) => {
      const lease = await acquireLease(db, LEASE_KEY, owner, now(), LEASE_TTL_MS, exclusive);
      if (!lease.ok) return lease.retryInMs;
      await runLeased(controller, db, auth.credentials, scope);
      return 0;
    });
    const retryInMs = ran === 'busy' ? LEASE_TTL_MS / 2 : ran;
    if (retryInMs > 0) {
      // Another live context runs, or a killed worker's lease is not expired yet: look again later.
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void ensure(), retryInMs + 50);
      return;
    }
    busy = false; // nothing is fetched any more while the alerts finish
    await alerts.settle();
  }

  async function runLeased(
    controller: AbortController,
    db: Db,
    credentials: ClientCredentials,
    scope: PartnerScope,
  ): Promise<void> {
    // Everything after taking the lease is inside try/finally: a throw anywhere must not leave the heartbeat
    // renewing a lease nobody uses (no other context could ever sync again).
    let stopKeepAlive = () => {};
    let beat: ReturnType<typeof setInterval> | undefined;
    try {
      stopKeepAlive = deps.keepAlive?.() ?? stopKeepAlive;
      const renew = async () => {
        const renewed = await acquireLease(db, LEASE_KEY, owner, now());
        if (!renewed.ok) {
          controller.abort(new Error('sync lease lost'));
          throw new Error('sync lease lost');
        }
      };
      beat = setInterval(() => void renew().catch(() => undefined), deps.heartbeatMs ?? LEASE_TTL_MS / 4);
      const settings = await deps.settings();
      const client = deps.makeClient(credentials);
      const [statuses, checkpoints] = await Promise.all([readJobStatuses(db, scope), listCheckpoints(db, scope)]);
      const jobs = dueJobs({ site: scope.site, settings, statuses, checkpoints, forced, now: now() });
      for (const job of jobs) forced.delete(job);
      busy = jobs.length > 0;
      for (const job of jobs) {
        if (controller.signal.aborted) break;
        await updateJobStatus(db, scope, job, { state: 'running', lastAttemptAt: now() });
        try {
          const outcome = await runJob(job, {
            db,
            client,
            scope,
            signal: controller.signal,
            statusSettings: lowBalanceFor(settings, scope.site),
            now,
            newId,
            heartbeat: renew,
            progress: async (id, done, total) => {
              await updateJobStatus(db, scope, id, { done, total });
            },
            ...(deps.limits ? { limits: deps.limits } : {}),
          });
          await recordSuccess(db, scope, job, outcome.complete, now());
        } catch (error) {
          if (controller.signal.aborted) {
            await updateJobStatus(db, scope, job, { state: 'paused' });
            break;
          }
          if (isFatal(await recordFailure(db, scope, job, error, now()))) break;
        } finally {
          if (job === 'customers' || job === 'money') alerts.changed(scope);
          const skew = client.clockSkewMs();
          if (skew !== undefined) await writeClockSkew(db, scope, skew);
        }
      }
    } finally {
      clearInterval(beat);
      stopKeepAlive();
      await releaseLease(db, LEASE_KEY, owner).catch(() => undefined);
    }
  }

  /** Starts a run unless one is going; resolves when that run ends. */
  function ensure(): Promise<void> {
    if (current) return current.done;
    const entry = { controller: new AbortController(), done: Promise.resolve() };
    current = entry;
    entry.done = run(entry.controller)
      .catch(() => undefined)
      .finally(() => {
        if (current === entry) current = null;
        busy = false;
      });
    return entry.done;
  }

  return {
    ensure,
    /** Marks jobs due now (all by default) and starts. */
    syncNow(jobs?: readonly SyncJobId[]): Promise<void> {
      for (const job of jobs ?? ['customers', 'vouchers', 'resources']) forced.add(job);
      const done = ensure();
      busy = true;
      return done;
    },
    /** Stops the running sync between requests (the vault locked or the account changed). */
    pause(): void {
      current?.controller.abort(new Error('sync paused'));
    },
    /** Stops the running sync and waits until it has let go of the lease. */
    async stop(): Promise<void> {
      current?.controller.abort(new Error('sync stopped'));
      await current?.done;
    },
    /** Stops and starts again (another account became active). */
    async restart(): Promise<void> {
      current?.controller.abort(new Error('sync restarted'));
      await current?.done;
      await ensure();
    },
    isRunning: () => current !== null,
    async status(): Promise<SyncStatus> {
      const [db, settings, scope, locked] = await Promise.all([
        deps.db(),
        deps.settings(),
        deps.activeScope(),
        deps.isLocked(),
      ]);
      const statuses = scope ? await readJobStatuses(db, scope) : null;
      const clockSkewMs = scope ? await readClockSkew(db, scope) : null;
      return assembleStatus({
        site: scope?.site ?? null,
        statuses,
        settings,
        running: busy,
        locked,
        clockSkewMs,
        now: now(),
      });
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
