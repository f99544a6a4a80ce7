/**
 * DOM helpers for late-rendering pages: everything waits with a MutationObserver, never by polling,
 * and stops when the feature's AbortSignal fires.
 */

/** Resolves with the first element matching `find`, now or once it appears; rejects on abort. */
export function waitFor<T extends Element>(
  root: ParentNode & Node,
  find: () => T | null,
  signal: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const el = find();
      if (el) {
        observer.disconnect();
        resolve(el);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      reject(signal.reason);
    });
  });
}

/**
 * Calls `onChange` (batched to one call per animation frame) whenever the subtree changes, e.g. when
 * a table re-renders on paging or sorting. Mutations inside our own hosts are ignored.
 */
export function observeChanges(root: Node, onChange: () => void, signal: AbortSignal, ownHostTag: string): void {
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    const foreign = records.some((r) => !isOwn(r.target, ownHostTag) && !onlyOwnNodes(r, ownHostTag));
    if (!foreign || scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

function isOwn(node: Node, tag: string): boolean {
  return node instanceof Element && node.closest(tag) !== null;
}

function onlyOwnNodes(record: MutationRecord, tag: string): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.localName === tag);
}

/**
 * Wraps an async pass (read the page, ask the background, paint) so that two never overlap: asked while one
 * runs, it runs exactly once more after that one ends. Overlapping passes let an older one, whose answer came
 * later, paint rows the page has already replaced and cancel the paints the newer pass scheduled.
 */
export function oneAtATime(pass: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const request = (): Promise<void> => {
    if (!current) {
      current = pass().finally(() => {
        current = null;
      });
      return current;
    }
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return request();
      });
    return next;
  };
  return request;
}
