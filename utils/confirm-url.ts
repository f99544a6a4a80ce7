/**
 * Where money actions are confirmed: the extension's own page, never the Partner Center DOM. The popup card
 * and the background (page.openAction) open it with `browser.tabs.create({ url: confirmPageUrl(...) })`.
 */
import { browser } from 'wxt/browser';
import type { MoneyKind } from './messages/money';

/** confirm.html?action=allocate&customer=<id>; several customers (vouchers) as customers=<id>,<id>. */
export function confirmPath(action: MoneyKind | 'history', customerIds: readonly string[] = []): string {
  const q = new URLSearchParams({ action });
  if (customerIds.length === 1 && customerIds[0]) q.set('customer', customerIds[0]);
  else if (customerIds.length > 1) q.set('customers', customerIds.join(','));
  return `/confirm.html?${q.toString()}`;
}

export function confirmPageUrl(action: MoneyKind | 'history', customerIds: readonly string[] = []): string {
  return browser.runtime.getURL(confirmPath(action, customerIds) as '/confirm.html');
}
