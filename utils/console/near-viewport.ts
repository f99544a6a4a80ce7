/**
 * Paints injected UI when its anchor comes near the viewport (IntersectionObserver, never polling). A 1,000-row
 * table then pays up front only for the rows a user can see; the others paint as they are scrolled towards.
 * Where IntersectionObserver is missing, everything paints at once.
 */
export interface NearViewport {
  /** Runs `paint` once `target` is near the viewport; replaces a paint still pending for the same target. */
  schedule(target: Element, paint: () => void): void;
  /** Drops the pending paint of `target` (its row left the page, or needs nothing any more). */
  cancel(target: Element): void;
  /** Drops every pending paint whose target is not in `keep` (rows the page no longer shows). */
  retain(keep: ReadonlySet<Element>): void;
  /** Targets still waiting for the viewport. */
  readonly pending: number;
}

/** How far outside the viewport rows already count as near: about one screen either way. */
export const NEAR_MARGIN = '100% 0px';

export function nearViewport(doc: Document, signal: AbortSignal, rootMargin = NEAR_MARGIN): NearViewport {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) return PAINT_NOW;
  const waiting = new Map<Element, () => void>();
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const paint = waiting.get(entry.target);
        observer.unobserve(entry.target);
        waiting.delete(entry.target);
        paint?.();
      }
    },
    { rootMargin },
  );
  const cancel = (target: Element) => {
    if (waiting.delete(target)) observer.unobserve(target);
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    waiting.clear();
  });
  return {
    schedule(target, paint) {
      if (signal.aborted) return;
      if (!waiting.has(target)) observer.observe(target);
      waiting.set(target, paint);
    },
    cancel,
    retain(keep) {
      for (const target of [...waiting.keys()]) if (!keep.has(target)) cancel(target);
    },
    get pending() {
      return waiting.size;
    },
  };
}

/** Paints at once: for callers that show a handful of things, and where IntersectionObserver is missing. */
export const PAINT_NOW: NearViewport = {
  schedule: (_target, paint) => paint(),
  cancel: () => {},
  retain: () => {},
  pending: 0,
};
