/** Our own refusals before anything is sent; `code` becomes the message Result's `reason` for the UI. */
export type MoneyOpErrorCode =
  | 'no-account'
  | 'other-account'
  | 'wrong-site'
  | 'not-found'
  | 'not-reseller'
  | 'confirm-mismatch'
  | 'invalid-amount'
  | 'over-limit'
  | 'over-allocatable'
  | 'over-balance'
  | 'over-quota'
  | 'quota-unusable'
  | 'outside-quota-window'
  | 'retry-not-allowed'
  | 'unreconciled';

export class MoneyOpError extends Error {
  override readonly name = 'MoneyOpError';
  constructor(
    readonly code: MoneyOpErrorCode,
    message: string,
  ) {
    super(message);
  }
}
