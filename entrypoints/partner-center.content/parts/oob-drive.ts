/**
 * Drives the console's own "More → 代客户下单 / Place Order on Customers' Behalf" for one customer, up to the
 * console's confirmation dialog. It never clicks OK: confirming (and anything after it) is the user's.
 */
import { waitFor } from '@/utils/console/dom';
import { findControl } from '@/utils/console/extract';
import { LABELS, SEL, textOf } from '@/utils/console/selectors';

export type DriveResult = 'opened' | 'not-found' | 'disabled';

/** Waits for `find` at most `ms`, or until `signal` aborts; null when it never appears. */
async function waitBriefly<T extends Element>(doc: Document, find: () => T | null, signal: AbortSignal, ms = 3000) {
  const local = new AbortController();
  const timer = setTimeout(() => local.abort(new DOMException('timeout', 'TimeoutError')), ms);
  const onAbort = () => local.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  try {
    return await waitFor(doc.body, find, local.signal);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

const isDisabled = (el: Element) =>
  el.getAttribute('aria-disabled') === 'true' || (el instanceof HTMLButtonElement && el.disabled);

/** The dialog the console opened for this customer (its text names the customer ID). */
function dialogFor(doc: Document, customerId: string): Element | null {
  return [...doc.querySelectorAll(SEL.dialog)].find((d) => textOf(d).includes(customerId)) ?? null;
}

/**
 * `scope` is the customer's row (list page: open its More menu first) or the page (detail: a direct button).
 */
export async function driveOrderOnBehalf(
  doc: Document,
  scope: ParentNode,
  customerId: string,
  signal: AbortSignal,
): Promise<DriveResult> {
  let control = findControl(scope, SEL.button, LABELS.orderOnBehalf);
  if (!control) {
    const more = findControl(scope, SEL.button, LABELS.more);
    if (!more) return 'not-found';
    more.click();
    control = await waitBriefly(doc, () => findControl(doc, SEL.menuItem, LABELS.orderOnBehalf), signal);
  }
  if (!control) return 'not-found';
  if (isDisabled(control)) return 'disabled';
  control.click();
  const dialog = await waitBriefly(doc, () => dialogFor(doc, customerId), signal);
  return dialog ? 'opened' : 'not-found';
}
