/** Message keys for money kinds, per-customer outcomes and refusal reasons (shared by the confirm page parts). */
import type { MessageKey } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import type { MoneyKind, MoneyOpCustomer, MoneyOpView } from '@/utils/messages/money';

export const KIND_LABEL: Readonly<Record<MoneyKind, MessageKey>> = {
  allocate: 'moKindAllocate',
  reclaim: 'moKindReclaim',
  'issue-voucher': 'moKindIssueVoucher',
  'set-budget': 'moKindSetBudget',
  unfreeze: 'moKindUnfreeze',
};

export const TITLE: Readonly<Record<MoneyKind, MessageKey>> = {
  allocate: 'moTitleAllocate',
  reclaim: 'moTitleReclaim',
  'issue-voucher': 'moTitleIssueVoucher',
  'set-budget': 'moTitleSetBudget',
  unfreeze: 'moTitleUnfreeze',
};

export const CUSTOMER_STATUS: Readonly<Record<MoneyOpCustomer['status'], MessageKey>> = {
  pending: 'moStatusPending',
  done: 'moStatusDone',
  failed: 'moStatusFailed',
  unknown: 'moStatusUnknown',
  'not-done': 'moStatusNotDone',
};

/** Our refusal codes (MoneyOpError) and the platform's details (ApiError.detail) → what to tell the user. */
const REASON: Readonly<Record<string, MessageKey>> = {
  'insufficient-balance': 'moErrInsufficient',
  'not-associated': 'moErrNotAssociated',
  'not-found': 'moErrNotAssociated',
  'not-reseller': 'moErrNotReseller',
  'task-in-progress': 'moErrTaskInProgress',
  'confirm-mismatch': 'moErrConfirm',
  'invalid-amount': 'moErrAmount',
  'over-limit': 'moErrOverLimit',
  'over-allocatable': 'moErrOverAllocatable',
  'over-balance': 'moErrOverBalance',
  'over-quota': 'moErrQuota',
  'quota-unusable': 'moErrQuota',
  'outside-quota-window': 'moErrWindow',
  'wrong-site': 'moErrWrongSite',
  locked: 'moErrLocked',
  // ApiError.kind of a live check whose answer failed validation (the action was not sent).
  malformed: 'moErrMalformed',
  'no-active-account': 'moErrLocked',
  // ApiError kind: the API host's circuit breaker refused before sending.
  unavailable: 'moErrUnavailable',
};

/** Platform codes seen inside per-customer results (vouchers) or failed operations. */
const CODE: Readonly<Record<string, MessageKey>> = {
  'CBC.99005003': 'moErrInsufficient',
  'CBC.5003': 'moErrInsufficient',
  'CBC.99000035': 'moErrNotAssociated',
  'CBC.5021': 'moErrNotReseller',
  'CBC.99007461': 'moErrTaskInProgress',
  'CBC.99000012': 'moErrQuota',
  // Our own: the API host's circuit breaker refused the call before sending (utils/api/breaker.ts).
  'CLIENT.CIRCUIT_OPEN': 'moErrUnavailable',
};

export function reasonText(reason: string | undefined, fallback: string): string {
  const key = reason ? (REASON[reason] ?? CODE[reason]) : undefined;
  return key ? t(key) : t('moErrGeneric', fallback);
}

/** Why an operation or one customer's part failed, in the user's words. */
export function failureText(op: Pick<MoneyOpView, 'error'>, customer?: MoneyOpCustomer): string {
  const code = customer?.code ?? op.error?.code ?? '';
  const key = CODE[code] ?? (op.error?.detail ? REASON[op.error.detail] : undefined);
  if (key) return t(key);
  return customer?.message || op.error?.message || code;
}
