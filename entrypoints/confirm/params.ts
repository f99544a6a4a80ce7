/**
 * The confirmation page's URL: confirm.html?action=allocate&customer=<id> (or customers=<id>,<id> for
 * vouchers, or action=history). Only ids are taken from the URL — names and figures are fetched by the
 * background, so a page that opened this URL cannot make it show anything it chose.
 */
import { MONEY_KINDS, type MoneyKind } from '@/utils/messages/money';

export type ConfirmParams = { action: MoneyKind; customerIds: string[] } | { action: 'history' } | null;

const ID = /^[0-9A-Za-z_-]{1,64}$/;

export function parseParams(search: string): ConfirmParams {
  const q = new URLSearchParams(search);
  const action = q.get('action');
  if (action === 'history') return { action };
  const kind = MONEY_KINDS.find((k) => k === action);
  if (!kind) return null;
  const raw = [q.get('customer'), ...(q.get('customers') ?? '').split(',')].filter((x): x is string => !!x);
  const ids = [...new Set(raw.map((x) => x.trim()))];
  if (ids.length === 0 || ids.length > (kind === 'issue-voucher' ? 100 : 1) || !ids.every((id) => ID.test(id)))
    return null;
  return { action: kind, customerIds: ids };
}
