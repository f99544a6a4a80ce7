/**
 * Exactly-once execution (security.md §4.2): write the intent with its locks → persist 'sending' → send once →
 * persist the answer. An ambiguous answer, or a 'sending' record left by a dead worker, is reconciled from the
 * audit trail and never re-sent. Background only.
 */
import type { BssClient } from '@/utils/api/client';
import type { Db } from '@/utils/cache/db';
import type { PartnerScope } from '@/utils/domain';
import { MoneyOpError } from './errors';
import { DEFAULT_MARGIN_MS, DEFAULT_SETTLE, type SettlePolicy } from './match';
import type { Actor, MoneyOperation } from './model';
import { sendOnce, withHeaders } from './send';
import { flagDuplicates, settleUnknown } from './settle';
import { createOperation, getOperation, openOperations, transitionOperation } from './store';

export interface MoneyAccount {
  client: BssClient;
  scope: PartnerScope;
  actor: Actor;
}

export interface ExecutorDeps {
  db: () => Promise<Db>;
  /** The active account's client; throws (e.g. a locked vault) when there is none. */
  account: () => Promise<MoneyAccount>;
  now?: () => number;
  settle?: SettlePolicy;
  marginMs?: number;
  pollDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Header carrying the operation id on money requests (the sandbox's X-Sandbox-Intent-Id); off in production. */
  intentHeader?: string;
  /** Called once an operation is known to have been applied (refresh money state, badge…). Errors are ignored. */
  onApplied?: (op: MoneyOperation) => Promise<void> | void;
}

export type NewOperation = Pick<MoneyOperation, 'operationId' | 'kind' | 'customerIds' | 'amount'> &
  Partial<Pick<MoneyOperation, 'voucher' | 'budget' | 'before' | 'retryOf'>>;

export type ExecuteResult = { outcome: 'started' | 'joined' | 'busy'; op: MoneyOperation };

const sameScope = (a: PartnerScope, b: PartnerScope) => a.partnerId === b.partnerId && a.site === b.site;

export function createExecutor(deps: ExecutorDeps) {
  const now = deps.now ?? Date.now;
  const settle = deps.settle ?? DEFAULT_SETTLE;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  /** Operations this instance is sending right now: never "recovered" by this instance's own sweep. */
  const inFlight = new Map<string, Promise<MoneyOperation>>();
  const reconciling = new Map<string, Promise<MoneyOperation>>();
  let recovery: Promise<MoneyOperation[]> | undefined;

  async function applied(op: MoneyOperation): Promise<void> {
    try {
      await deps.onApplied?.(op);
    } catch {
      // The money moved; a failed refresh must not turn that into an error.
    }
  }

  async function send(db: Db, account: MoneyAccount, created: MoneyOperation): Promise<MoneyOperation> {
    const skewMs = account.client.clockSkewMs();
    // Persisted before the request leaves: a worker killed from here on leaves 'sending' behind → reconcile.
    const sending = await transitionOperation(
      db,
      created.operationId,
      'pending',
      'sending',
      skewMs === undefined ? {} : { skewMs },
      now(),
    );
    if (!sending.ok) return sending.op ?? created;
    const client = deps.intentHeader
      ? withHeaders(account.client, { [deps.intentHeader]: created.operationId })
      : account.client;
    const outcome = await sendOnce(client, sending.op);
    const patch =
      'error' in outcome ? { results: outcome.results, error: outcome.error } : { results: outcome.results };
    const answered = await transitionOperation(db, created.operationId, 'sending', outcome.state, patch, now());
    // Not in 'sending' any more: someone presumed us dead and reconciled; their verdict stands.
    if (!answered.ok) return answered.op ?? sending.op;
    if (answered.op.state === 'unknown') return reconcileNow(db, account, answered.op);
    if (answered.op.state !== 'done') return answered.op;
    const checked = await flagDuplicates(db, account.client, answered.op, {
      now,
      marginMs: deps.marginMs ?? DEFAULT_MARGIN_MS,
    });
    await applied(checked);
    return checked;
  }

  async function execute(input: NewOperation): Promise<ExecuteResult> {
    const joined = inFlight.get(input.operationId);
    if (joined) return { outcome: 'joined', op: await joined };
    const run = (async (): Promise<ExecuteResult> => {
      await recover();
      const db = await deps.db();
      const account = await deps.account();
      if (input.retryOf) await checkRetry(db, input.retryOf);
      const created = await createOperation(db, {
        ...input,
        partnerId: account.scope.partnerId,
        site: account.scope.site,
        actor: account.actor,
        createdAt: now(),
        results: input.customerIds.map((customerId) => ({ customerId, status: 'pending' })),
      });
      if (!created.created) {
        if (created.reason === 'busy') return { outcome: 'busy', op: created.op };
        // Written earlier (a repeated message, another worker): report its state, never send it again.
        return { outcome: 'joined', op: created.op };
      }
      return { outcome: 'started', op: await send(db, account, created.op) };
    })();
    const opPromise = run.then((r) => r.op);
    // Joiners await it; the caller of `run` gets the rejection, so this copy must not be "unhandled".
    opPromise.catch(() => undefined);
    inFlight.set(input.operationId, opPromise);
    try {
      return await run;
    } finally {
      inFlight.delete(input.operationId);
    }
  }

  async function checkRetry(db: Db, retryOf: string): Promise<void> {
    const previous = await getOperation(db, retryOf);
    if (!previous || (previous.state !== 'reconciled-not-done' && previous.state !== 'failed')) {
      throw new MoneyOpError('retry-not-allowed', 'Only an operation proven not done may be sent again');
    }
  }

  async function reconcileNow(db: Db, account: MoneyAccount, op: MoneyOperation): Promise<MoneyOperation> {
    if (!sameScope(account.scope, op)) throw new MoneyOpError('other-account', 'Switch to the account that sent it');
    const options = {
      now,
      settle,
      sleep,
      marginMs: deps.marginMs ?? DEFAULT_MARGIN_MS,
      pollDelayMs: deps.pollDelayMs ?? 3000,
    };
    const result = await settleUnknown(db, account.client, op, options);
    if (result.applied) await applied(result.op);
    return result.op;
  }

  /** Reconciles one operation; a 'sending' record nobody here is sending belonged to a dead worker. */
  async function reconcile(operationId: string): Promise<MoneyOperation> {
    const mine = inFlight.get(operationId);
    if (mine) return mine;
    const running = reconciling.get(operationId);
    if (running) return running;
    const work = (async () => {
      const db = await deps.db();
      let op = await getOperation(db, operationId);
      if (!op) throw new MoneyOpError('not-found', 'No such operation');
      if (op.state === 'pending') {
        const error = { kind: 'client', code: 'CLIENT.INTERRUPTED', message: 'Stopped before sending' };
        return (await transitionOperation(db, operationId, 'pending', 'failed', { error }, now())).op ?? op;
      }
      if (op.state === 'sending') {
        const error = { kind: 'network', code: 'CLIENT.INTERRUPTED', message: 'Stopped while waiting for the answer' };
        op = (await transitionOperation(db, operationId, 'sending', 'unknown', { error }, now())).op ?? op;
      }
      if (op.state !== 'unknown') return op;
      return reconcileNow(db, await deps.account(), op);
    })();
    reconciling.set(operationId, work);
    try {
      return await work;
    } finally {
      reconciling.delete(operationId);
    }
  }

  /**
   * Start-up sweep, once per instance: every open operation left by an earlier worker is settled or reconciled.
   * A sweep that could not reach the platform (the vault still locked after a browser restart, another account
   * active) is not remembered as done: the next call sweeps again, or those operations would stay unknown.
   */
  function recover(): Promise<MoneyOperation[]> {
    recovery ??= (async () => {
      const db = await deps.db();
      const open = (await openOperations(db)).filter((op) => !inFlight.has(op.operationId));
      const out: MoneyOperation[] = [];
      let unreachable = false;
      for (const op of open) {
        out.push(
          await reconcile(op.operationId).catch(() => {
            unreachable = true;
            return op;
          }),
        );
      }
      if (unreachable) recovery = undefined;
      return out;
    })().catch((error: unknown) => {
      recovery = undefined;
      throw error;
    });
    return recovery;
  }

  /**
   * What the history page asks for: the start-up sweep if it has not run yet; otherwise the operations it left
   * 'unknown' (too early to call "not done") are checked again — reads only — instead of waiting for the next
   * worker. Not both: a sweep that just ran has just checked them.
   */
  async function recheckOpen(): Promise<void> {
    const swept = recovery !== undefined;
    await recover();
    if (!swept) return;
    for (const op of await openOperations(await deps.db())) {
      if (op.state === 'unknown') await reconcile(op.operationId).catch(() => undefined);
    }
  }

  return { execute, reconcile, recover, recheckOpen, get: async (id: string) => getOperation(await deps.db(), id) };
}

export type Executor = ReturnType<typeof createExecutor>;
