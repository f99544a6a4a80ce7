/** Builds the per-request context route handlers work with: data, ledger appends, per-customer locks. */
import { randomBytes } from 'node:crypto';
import { errors } from './errors';
import { fenToString } from './money';
import { Params } from './params';
import { sleep } from './respond';
import type { RouteContext } from './route';
import type { Dataset, LedgerEntry, RecordedRequest, Site } from './types';

export interface ContextDeps {
  dataset: Dataset;
  now(): number;
  ledger: LedgerEntry[];
  nextSeq(): number;
  /** Keys `${site}|${customerId}` of money operations in progress. */
  locks: Set<string>;
  applyDelayMs: number;
}

export interface RequestInfo {
  site: Site;
  params: Params;
  query: Record<string, string[]>;
  record: RecordedRequest;
}

export function makeContext(deps: ContextDeps, req: RequestInfo): RouteContext {
  const { site, record } = req;
  return {
    site,
    data: deps.dataset.sites[site],
    dataset: deps.dataset,
    params: req.params,
    query: Params.query(req.query),
    now: deps.now(),
    requestId: record.requestId,
    newTransferId: () => randomBytes(16).toString('hex').toUpperCase(),
    ledger(entry) {
      const full: LedgerEntry = {
        seq: deps.nextSeq(),
        time: deps.now(),
        site,
        operation: record.operation ?? '',
        requestId: record.requestId,
        amount: fenToString(entry.amountFen),
        ...entry,
        ...(record.intentId !== undefined ? { intentId: record.intentId } : {}),
      };
      deps.ledger.push(full);
      record.moneyMoved = true;
      return full;
    },
    async withCustomerLock(customerId, apply) {
      const key = `${site}|${customerId}`;
      // Like Huawei's CBC.99007461: one allocation/reclaim task per customer at a time.
      if (deps.locks.has(key)) throw errors.inProgress();
      deps.locks.add(key);
      try {
        if (deps.applyDelayMs > 0) await sleep(deps.applyDelayMs);
        return apply();
      } finally {
        deps.locks.delete(key);
      }
    },
  };
}
