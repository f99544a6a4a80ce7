/**
 * The money-operation model (background only): one persisted record per confirmed user intent, and the pure
 * state machine that guards it. A record in 'sending' may have reached the server, so it can only leave that
 * state through an answer or through reconciliation — never through a second send (security.md §4.2).
 */
import type { BudgetType, DecimalString, PartnerScope } from '@/utils/domain';

export const MONEY_OP_KINDS = ['allocate', 'reclaim', 'issue-voucher', 'set-budget', 'unfreeze'] as const;
export type MoneyOpKind = (typeof MONEY_OP_KINDS)[number];

/**
 * pending: written, nothing sent yet · sending: persisted just before the request · done / failed: the server
 * answered · unknown: it may or may not have been applied · reconciled-*: the audit trail decided.
 */
export type OpState = 'pending' | 'sending' | 'done' | 'failed' | 'unknown' | 'reconciled-done' | 'reconciled-not-done';

const NEXT: Readonly<Record<OpState, readonly OpState[]>> = {
  // pending → failed: the worker died before sending (nothing left the browser).
  pending: ['sending', 'failed'],
  sending: ['done', 'failed', 'unknown'],
  unknown: ['reconciled-done', 'reconciled-not-done'],
  done: [],
  failed: [],
  'reconciled-done': [],
  'reconciled-not-done': [],
};

export function canTransition(from: OpState, to: OpState): boolean {
  return NEXT[from].includes(to);
}

export function isTerminal(state: OpState): boolean {
  return NEXT[state].length === 0;
}

/** Did the money move (as far as we know for sure)? */
export function isApplied(state: OpState): boolean {
  return state === 'done' || state === 'reconciled-done';
}

/** Who confirmed it: the vault account's label and the partner's domain id (never keys). */
export interface Actor {
  label: string;
  domainId: string;
}

/** Voucher issue parameters (China). */
export interface VoucherParams {
  quotaId: string;
  validTime?: string;
  expireTime?: string;
}

/** Intl budget parameters. */
export interface BudgetParams {
  budgetType: BudgetType;
  /** Also lift a partner-set freeze (cancel_partner_frozen). */
  unfreeze: boolean;
}

/** Figures seen just before sending, kept to show the user what changed. */
export interface BeforeFigures {
  balance?: DecimalString;
  debt?: DecimalString;
  budget?: DecimalString;
  used?: DecimalString;
  budgetType?: BudgetType;
  frozen?: number;
}

export type CustomerResultStatus = 'pending' | 'done' | 'failed' | 'unknown' | 'not-done';

/** Per customer: vouchers answer per customer (partial success); other kinds have one entry. */
export interface CustomerResult {
  customerId: string;
  status: CustomerResultStatus;
  /** Transfer id / trans_id / coupon id, when the platform gave (or the audit trail showed) one. */
  transactionId?: string;
  code?: string;
  message?: string;
}

export interface OpError {
  /** ApiError kind, or 'client' for our own refusals. */
  kind: string;
  code: string;
  detail?: string;
  message: string;
}

export interface ReconcileInfo {
  checkedAt: number;
  polls: number;
  /** Several records could match: a human must decide (shown to the user). */
  ambiguous?: Array<{ transactionId: string; amount: DecimalString; time: string }>;
  /** Reconciliation itself failed (network…); try again later. */
  error?: string;
}

export interface MoneyOperation extends PartnerScope {
  operationId: string;
  kind: MoneyOpKind;
  customerIds: string[];
  /** Allocation/reclaim amount, voucher face value, or the new budget; '0' for unfreeze. */
  amount: DecimalString;
  voucher?: VoucherParams;
  budget?: BudgetParams;
  actor: Actor;
  state: OpState;
  createdAt: number;
  sentAt?: number;
  finishedAt?: number;
  /** Server − local clock when sending, to place the reconciliation window in server time. */
  skewMs?: number;
  before?: BeforeFigures;
  results: CustomerResult[];
  error?: OpError;
  reconcile?: ReconcileInfo;
  /** The operation this one re-sends after it was reconciled as not done. */
  retryOf?: string;
  /** Lock keys, present only while the operation is not terminal (multiEntry-indexed). */
  activeLocks?: string[];
}

/** One lock per (scope, kind, customer): a second identical request while one is open is refused. */
export function lockKeys(op: Pick<MoneyOperation, 'partnerId' | 'site' | 'kind' | 'customerIds'>): string[] {
  return op.customerIds.map((id) => `${op.partnerId}|${op.site}|${op.kind}|${id}`);
}

/** The first transaction id of an operation (allocation/reclaim have exactly one). */
export function transactionIdOf(op: MoneyOperation): string | undefined {
  return op.results.find((r) => r.transactionId)?.transactionId;
}

/** Applies a transition to a record; throws on an illegal one (a programming or concurrency error). */
export function transition(
  op: MoneyOperation,
  to: OpState,
  patch: Partial<MoneyOperation>,
  at: number,
): MoneyOperation {
  if (!canTransition(op.state, to)) throw new Error(`Illegal money operation transition ${op.state} → ${to}`);
  const next: MoneyOperation = { ...op, ...patch, state: to };
  if (to === 'sending') next.sentAt = at;
  if (isTerminal(to)) {
    next.finishedAt = at;
    delete next.activeLocks;
  }
  return next;
}
