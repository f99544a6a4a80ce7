/**
 * Background handlers for money.* (extension pages only). They re-check every figure live before writing an
 * operation, then hand it to the exactly-once executor (utils/money-ops). Wiring (entrypoints/background.ts):
 *   const money = createMoneyService({ db, account, settings, onMoneyChanged });
 *   handlers = { ...money.handlers };  void money.recover(); // start-up sweep
 */
import type { Db } from '../cache/db';
import { getMoneyState } from '../cache/repositories';
import { csvFileName } from '../csv';
import type { PartnerScope } from '../domain';
import type { MoneyExecuteRequest, MoneyPreview, PreviewCustomer } from '../messages/money';
import { checkAmount, checkLimit, checkQuota, checkSite, totalOf } from '../money-ops/checks';
import { MoneyOpError } from '../money-ops/errors';
import { createExecutor, type ExecutorDeps, type MoneyAccount, type NewOperation } from '../money-ops/executor';
import * as figures from '../money-ops/figures';
import { historyCsv, historyRows } from '../money-ops/history';
import type { MoneyOperation } from '../money-ops/model';
import { openOperations, operationsSince } from '../money-ops/store';
import { toView } from '../money-ops/view';
import type { Handlers } from '../router';
import type { Settings } from '../settings';

export type { MoneyAccount } from '../money-ops/executor';

export interface MoneyServiceDeps {
  db: () => Promise<Db>;
  /** The active vault account: its BssClient, cache scope ({partnerId: domainId, site}) and label. Throws when locked. */
  account: () => Promise<MoneyAccount>;
  settings: () => Promise<Settings>;
  /** After money moved (the new figures are already in the cache): recompute statuses, badge, page warnings. */
  onMoneyChanged: (scope: PartnerScope, customerIds: string[]) => Promise<void> | void;
  now?: () => number;
  /** Test/sandbox only: header tagging money requests with the operation id (X-Sandbox-Intent-Id). */
  intentHeader?: string;
  executor?: Pick<ExecutorDeps, 'settle' | 'pollDelayMs' | 'marginMs' | 'sleep'>;
}

type MoneyTypes =
  | 'money.preview'
  | 'money.execute'
  | 'money.reconcile'
  | 'money.pending'
  | 'money.history'
  | 'money.export';

export function createMoneyService(deps: MoneyServiceDeps) {
  const now = deps.now ?? Date.now;
  const executor = createExecutor({
    ...deps.executor,
    db: deps.db,
    account: deps.account,
    now,
    ...(deps.intentHeader ? { intentHeader: deps.intentHeader } : {}),
    onApplied: async (op) => {
      const account = await deps.account();
      const refetch = op.kind === 'unfreeze' || op.budget?.unfreeze === true;
      await figures.refreshCustomers(await deps.db(), account.client, op, op.customerIds, {
        refetchCustomers: refetch,
        now: now(),
      });
      await deps.onMoneyChanged({ partnerId: op.partnerId, site: op.site }, op.customerIds);
    },
  });

  async function preview(kind: MoneyPreview['kind'], ids: string[]): Promise<MoneyPreview> {
    const [db, account, settings] = await Promise.all([deps.db(), deps.account(), deps.settings()]);
    const { client, scope } = account;
    checkSite(kind, scope.site);
    const known = await figures.lookupCustomers(db, client, scope, ids);
    const resellers = ids.filter((id) => known.get(id)?.customer.associationType === '2');
    const money = new Map((await figures.liveMoney(client, scope, resellers)).map((m) => [m.customerId, m]));
    const at = now();
    const customers: PreviewCustomer[] = [];
    for (const [id, k] of known) customers.push(figures.previewCustomer(k, figures.previewMoney(money.get(id), at)));
    const open = (await openOperations(db)).filter(
      (op) =>
        op.partnerId === scope.partnerId &&
        op.site === scope.site &&
        op.kind === kind &&
        op.customerIds.some((id) => ids.includes(id)),
    );
    return {
      kind,
      site: scope.site,
      currency: scope.site === 'cn' ? 'CNY' : 'USD',
      actor: account.actor,
      customers,
      missing: ids.filter((id) => !known.has(id)),
      allocatable: kind === 'allocate' ? await figures.allocatable(client) : null,
      limit: settings.perActionLimit[scope.site],
      quotas:
        kind === 'issue-voucher'
          ? (await figures.usableQuotas(client)).map(({ status: _s, currency: _c, ...q }) => q)
          : [],
      open: await Promise.all(open.map((op) => toView(db, op))),
    };
  }

  /** Turns a request into an operation after checking it against live figures (throws MoneyOpError). */
  async function prepare(req: MoneyExecuteRequest, db: Db, account: MoneyAccount): Promise<NewOperation> {
    const { client, scope } = account;
    checkSite(req.kind, scope.site);
    const ids = req.kind === 'issue-voucher' ? [...new Set(req.customerIds)] : [req.customerId];
    const known = await figures.lookupCustomers(db, client, scope, ids);
    for (const id of ids) {
      const c = known.get(id)?.customer;
      if (!c) throw new MoneyOpError('not-found', 'This customer is not associated with the partner');
      if (c.associationType !== '2') throw new MoneyOpError('not-reseller', 'Referral customers are billed by Huawei');
    }
    const base = {
      operationId: req.operationId,
      kind: req.kind,
      customerIds: ids,
      ...(req.retryOf ? { retryOf: req.retryOf } : {}),
    };
    if (req.kind === 'unfreeze')
      return { ...base, amount: '0', before: { frozen: known.get(ids[0] ?? '')?.customer.frozen ?? 0 } };
    const limit = (await deps.settings()).perActionLimit[scope.site];
    const [money] = await figures.liveMoney(client, scope, ids.slice(0, 1));
    if (req.kind === 'allocate' || req.kind === 'reclaim') {
      const ceiling =
        req.kind === 'allocate'
          ? { max: (await figures.allocatable(client)) ?? '0', code: 'over-allocatable' as const }
          : { max: money?.site === 'cn' ? money.balance : '0', code: 'over-balance' as const };
      const amount = checkAmount(req.amount, req.confirmAmount, [ceiling, { max: limit, code: 'over-limit' }]);
      const before = money?.site === 'cn' ? { balance: money.balance, debt: money.debt } : {};
      return { ...base, amount, before };
    }
    const amount = checkAmount(req.amount, req.confirmAmount);
    checkLimit(totalOf(req.kind, amount, ids.length), limit);
    if (req.kind === 'set-budget') {
      const before =
        money?.site === 'intl' ? { budget: money.budget, used: money.used, budgetType: money.budgetType } : {};
      return { ...base, amount, budget: { budgetType: req.budgetType, unfreeze: req.unfreeze }, before };
    }
    if (req.kind !== 'issue-voucher') throw new MoneyOpError('invalid-amount', 'Unknown operation');
    const quota = (await figures.usableQuotas(client)).find((q) => q.quotaId === req.quotaId);
    checkQuota(quota, amount, req.validTime, req.expireTime);
    const voucher = {
      quotaId: req.quotaId,
      ...(req.validTime ? { validTime: req.validTime } : {}),
      ...(req.expireTime ? { expireTime: req.expireTime } : {}),
    };
    return { ...base, amount, voucher };
  }

  async function refreshed(db: Db, op: MoneyOperation): Promise<PreviewCustomer[]> {
    if (op.state !== 'done' && op.state !== 'reconciled-done') return [];
    const account = await deps.account();
    const known = await figures.lookupCustomers(db, account.client, op, op.customerIds);
    const out: PreviewCustomer[] = [];
    for (const [id, k] of known)
      out.push(figures.previewCustomer(k, figures.previewMoney(await getMoneyState(db, op, id), now())));
    return out;
  }

  const handlers: Required<Pick<Handlers, MoneyTypes>> = {
    'money.preview': async ({ kind, customerIds }) => preview(kind, customerIds),
    'money.execute': async (req) => {
      const [db, account] = await Promise.all([deps.db(), deps.account()]);
      const existing = await executor.get(req.operationId);
      // A repeated message (double click, reopened page) joins without re-checking figures that already moved.
      const input = existing ?? (await prepare(req, db, account));
      const run = await executor.execute(input);
      return { outcome: run.outcome, operation: await toView(db, run.op), refreshed: await refreshed(db, run.op) };
    },
    'money.reconcile': async ({ operationId }) => toView(await deps.db(), await executor.reconcile(operationId)),
    'money.pending': async () => {
      const db = await deps.db();
      await executor.recheckOpen();
      return Promise.all((await openOperations(db)).map((op) => toView(db, op)));
    },
    'money.history': async ({ limit }) => {
      const [db, account] = await Promise.all([deps.db(), deps.account()]);
      return Promise.all((await operationsSince(db, account.scope, 0, limit ?? 200)).map((op) => toView(db, op)));
    },
    'money.export': async () => {
      const [db, account] = await Promise.all([deps.db(), deps.account()]);
      const csv = historyCsv(historyRows(await operationsSince(db, account.scope)));
      return { csv, fileName: csvFileName('money-operations', new Date(now())) };
    },
  };

  return { handlers, recover: () => executor.recover(), executor };
}

export type MoneyService = ReturnType<typeof createMoneyService>;
