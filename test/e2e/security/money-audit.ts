/**
 * What the G7 rows assert, from three independent records: the sandbox's request log (how many money requests
 * left the browser), its money ledger (how many were applied), and the extension's journal (moneyOps store).
 *
 * The per-intent key: the production build sends no test-only header (X-Sandbox-Intent-Id stays off outside
 * unit tests), so a row's intent is identified by its request fingerprint instead — site, operation and a
 * customer used by no other row — and joined to the journal's operation id and transaction id.
 */
import type { Page } from 'playwright-core';
import { requestCustomers } from '../../sandbox/bss/fault-subject';
import { fenToString, type SandboxCustomer } from '../../sandbox/bss/index';
import type { LedgerEntry, LedgerKind, RecordedRequest, Site } from '../../sandbox/bss/types';
import type { Sandbox } from '../../sandbox/server';
import { dumpIndexedDb } from './idb-dump';

/** One money action under test on one site. */
export interface SiteCase {
  site: Site;
  kind: 'allocate' | 'set-budget';
  operation: 'UpdateCustomerAccountAmount' | 'UpdateSubCustomerBudget';
  ledgerKind: LedgerKind;
  /** The read the extension makes once it has an answer it cannot trust (the trail or the state). */
  reconcileRead: string;
  /** Resellers the action applies to (unfrozen; with a budget on intl). */
  eligible(c: SandboxCustomer): boolean;
  /** A distinct amount per row (the intl amount is the new budget, so it must differ from the current one). */
  amount(c: SandboxCustomer, row: number): string;
}

export const SITE_CASES: readonly SiteCase[] = [
  {
    site: 'cn',
    kind: 'allocate',
    operation: 'UpdateCustomerAccountAmount',
    ledgerKind: 'allocate',
    reconcileRead: 'ListPartnerAdjustRecords',
    eligible: (c) => c.associationType === '2' && c.frozen === 0,
    amount: (_c, row) => fenToString(100 * (row + 1) + 7),
  },
  {
    site: 'intl',
    kind: 'set-budget',
    operation: 'UpdateSubCustomerBudget',
    ledgerKind: 'budget-update',
    reconcileRead: 'ShowSubCustomerBudget',
    // The new budget stays under the default per-action limit (2,000 USD).
    eligible: (c) =>
      c.associationType === '2' && c.frozen === 0 && c.budget !== undefined && c.budget.amountFen < 150_000,
    amount: (c, row) => fenToString((c.budget?.amountFen ?? 0) + 1000 * (row + 1) + 7),
  },
];

/** The fields of a journal record the audit reads (utils/money-ops/model.ts). */
export interface JournalOp {
  operationId: string;
  kind: string;
  state: string;
  amount: string;
  customerIds: string[];
  results: { customerId: string; status: string; transactionId?: string }[];
  retryOf?: string;
  reconcile?: { ambiguous?: { transactionId: string }[] };
}

export async function journal(page: Page): Promise<JournalOp[]> {
  const dump = await dumpIndexedDb(page, ['moneyOps']);
  return (dump.moneyOps ?? []).map(([, value]) => value as JournalOp);
}

const customerOf = (r: RecordedRequest) => (r.body as { customer_id?: unknown } | null)?.customer_id;

export interface RowRecord {
  sent: RecordedRequest[];
  /** Reads of the trail/state for this customer made after the first money request arrived. */
  reactions: RecordedRequest[];
  ledger: LedgerEntry[];
  ops: JournalOp[];
}

/** Everything recorded about one customer's money action. */
export async function recordOf(sandbox: Sandbox, page: Page, sc: SiteCase, customerId: string): Promise<RowRecord> {
  const { requests, ledger } = sandbox.bss;
  const sent = requests.filter(
    (r) => r.site === sc.site && r.operation === sc.operation && customerOf(r) === customerId,
  );
  const firstAt = sent[0]?.time ?? Number.POSITIVE_INFINITY;
  return {
    sent,
    reactions: requests.filter(
      (r) =>
        r.site === sc.site &&
        r.operation === sc.reconcileRead &&
        r.time >= firstAt &&
        requestCustomers(r.query, r.body).includes(customerId),
    ),
    ledger: ledger.filter((e) => e.site === sc.site && e.kind === sc.ledgerKind && e.customerId === customerId),
    ops: (await journal(page)).filter((op) => op.kind === sc.kind && op.customerIds.includes(customerId)),
  };
}

/** Picks `n` distinct eligible customers, spread over the dataset by the seed. */
export function pickCustomers(sandbox: Sandbox, sc: SiteCase, n: number, seed: number): SandboxCustomer[] {
  const all = sandbox.bss.dataset.sites[sc.site].customers.filter(sc.eligible);
  if (all.length < n) throw new Error(`only ${all.length} eligible ${sc.site} customers, need ${n}`);
  const start = (seed * 7919) % all.length;
  return Array.from({ length: n }, (_, i) => all[(start + i) % all.length] as SandboxCustomer);
}
