/**
 * Idempotent Shadow-DOM mounting for page features. Every injected piece of UI is a <pa-ui> host with
 * its own shadow root, tagged with the feature id and a key, so running a feature twice never
 * duplicates anything and turning it off removes exactly its own nodes.
 */
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
  const doc = anchor.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  host.dataset.feature = feature;
  host.dataset.key = key;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  if (placement === 'append') anchor.append(host);
  else if (placement === 'prepend') anchor.prepend(host);
  else if (placement === 'before') anchor.before(host);
  else anchor.after(host);
  return { host, root, created: true };
}

function findHost(anchor: Element, feature: string, key: string, placement: Placement): HTMLElement | null {
  const scope = placement === 'append' || placement === 'prepend' ? anchor : anchor.parentElement;
  if (!scope) return null;
  for (const el of scope.querySelectorAll<HTMLElement>(`:scope > ${HOST_TAG}`)) {
    if (el.dataset.feature === feature && el.dataset.key === key) return el;
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
