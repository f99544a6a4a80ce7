/**
 * Idempotent Shadow-DOM mounting for page features. Every injected piece of UI is a <pa-ui> host with
 * its own shadow root, tagged with the feature id and a key, so running a feature twice never
 * duplicates anything and turning it off removes exactly its own nodes.
 */
import { acceptUserInputOnly } from './user-input';

export const HOST_TAG = 'pa-ui';

export type Placement = 'append' | 'prepend' | 'before' | 'after';

export interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  /** true when this call created the host (false: it was already there). */
  created: boolean;
}

export function mountShadow(
  anchor: Element,
  feature: string,
  key: string,
  css: string,
  placement: Placement = 'append',
): Mounted {
  const existing = findHost(anchor, feature, key, placement);
  if (existing?.shadowRoot) return { host: existing, root: existing.shadowRoot, created: false };
  return createHost(anchor, feature, key, css, placement);
}

/**
 * The one host `feature` keeps inside `anchor` (e.g. a row's money cell), whatever its key: when the page reuses
 * the row for another customer (paging, sorting), the host is re-keyed rather than a second one added. A new host
 * is hidden and has no shadow root (see shadowOf) until the caller paints it: a table can have hundreds, most are
 * painted only when scrolled to, and even an empty inline host would make the browser lay out the table again.
 */
export function mountSlot(anchor: Element, feature: string, key: string): HTMLElement {
  const existing = slotHost(anchor, feature);
  if (existing) {
    if (existing.getAttribute('data-key') !== key) existing.setAttribute('data-key', key);
    return existing;
  }
  const host = newHost(anchor.ownerDocument, feature, key);
  host.hidden = true;
  anchor.append(host);
  return host;
}

/** The host's shadow root, attached with `css` on first use. */
export function shadowOf(host: HTMLElement, css: string): ShadowRoot {
  if (host.shadowRoot) return host.shadowRoot;
  const root = host.attachShadow({ mode: 'open' });
  // Page script can reach into an open root: only the user's own clicks and keys get through.
  acceptUserInputOnly(root);
  adoptStyles(root, css);
  return root;
}

/** The host `feature` mounted directly inside `anchor`, if any. */
export function slotHost(anchor: Element, feature: string): HTMLElement | null {
  for (let el = anchor.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === HOST_TAG && el instanceof HTMLElement && el.dataset.feature === feature) return el;
  }
  return null;
}

function newHost(doc: Document, feature: string, key: string): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-feature', feature);
  host.setAttribute('data-key', key);
  return host;
}

function createHost(anchor: Element, feature: string, key: string, css: string, placement: Placement): Mounted {
  const host = newHost(anchor.ownerDocument, feature, key);
  const root = shadowOf(host, css);
  if (placement === 'append') anchor.append(host);
  else if (placement === 'prepend') anchor.prepend(host);
  else if (placement === 'before') anchor.before(host);
  else anchor.after(host);
  return { host, root, created: true };
}

/**
 * One constructed stylesheet per CSS text, shared by every shadow root that uses it: hundreds of row chips then
 * cost one parse, not hundreds. Falls back to a <style> element where constructable sheets are missing.
 */
const sheets = new Map<string, CSSStyleSheet>();
function adoptStyles(root: ShadowRoot, css: string): void {
  const view = root.ownerDocument.defaultView;
  if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet?.prototype.replaceSync === 'function') {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

function findHost(anchor: Element, feature: string, key: string, placement: Placement): HTMLElement | null {
  const scope = placement === 'append' || placement === 'prepend' ? anchor : anchor.parentElement;
  if (!scope) return null;
  for (const el of scope.children) {
    if (
      el.localName === HOST_TAG &&
      el instanceof HTMLElement &&
      el.dataset.feature === feature &&
      el.dataset.key === key
    ) {
      return el;
    }
  }
  return null;
}

/** Removes every host a feature mounted in `doc` (feature turned off, or page left). */
export function unmountFeature(doc: Document, feature: string): number {
  let removed = 0;
  for (const el of doc.querySelectorAll<HTMLElement>(HOST_TAG)) {
    if (el.dataset.feature === feature) {
      el.remove();
      removed++;
    }
  }
  return removed;
}
