/**
 * Bundled into a plain page by page-annotate.chromium.ts: the annotate path balance-warning runs on a list in
 * page-only mode (read rows → decide each status → chip hosts, summary, and the chips of rows near the viewport),
 * minus the message round trip. Chips of rows further down paint when scrolled towards, as in the extension.
 */
import { paintList } from '@/entrypoints/partner-center.content/parts/balance-list';
import { fromPage, type ResolvedState } from '@/entrypoints/partner-center.content/parts/states';
import { findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { type NearViewport, nearViewport } from '@/utils/console/near-viewport';

/**
 * The last annotate: synchronous phases (read rows, decide, mount hosts + summary), then `paint`: time spent painting
 * the chips the viewport shows (run later by the IntersectionObserver), how many there were, and `paintLayout`: the
 * style/layout those chips cost, forced right after the observer's callback so it is measured, not left to a frame.
 */
const phases = { read: 0, decide: 0, mount: 0, paint: 0, painted: 0, paintLayout: 0 };
let run = new AbortController();

/** The extension's painter, with each paint timed so the bench can add it to what the user waits for. */
function timedPainter(signal: AbortSignal): NearViewport {
  const painter = nearViewport(document, signal);
  return {
    schedule: (target, paint) =>
      painter.schedule(target, () => {
        if (phases.painted === 0) queueMicrotask(measureLayout); // runs once the callback's paints are done
        const t = performance.now();
        paint();
        phases.paint += performance.now() - t;
        phases.painted++;
      }),
    cancel: (target) => painter.cancel(target),
    retain: (keep) => painter.retain(keep),
    get pending() {
      return painter.pending;
    },
  };
}

/** Stops the previous run's observer (bench housekeeping between runs, not part of annotate). */
function reset(): void {
  run.abort();
  run = new AbortController();
}

function measureLayout(): void {
  const t = performance.now();
  void document.body.offsetHeight;
  phases.paintLayout = performance.now() - t;
}

function annotate(): number {
  phases.paint = 0;
  phases.painted = 0;
  phases.paintLayout = 0;
  let t = performance.now();
  const painter = timedPainter(run.signal);
  const view = findCustomerTable(document);
  if (!view) throw new Error('no table');
  const rows = readCustomerRows(view, 'cn');
  phases.read = performance.now() - t;
  t = performance.now();
  const now = Date.now();
  const states = new Map<string, ResolvedState>();
  for (const r of rows) states.set(r.customerId, fromPage('cn', r, now));
  phases.decide = performance.now() - t;
  t = performance.now();
  paintList(view, rows, states, 'cn', painter);
  phases.mount = performance.now() - t;
  return rows.length;
}

/** The baseline: read every cell's text once, nothing else. */
function bare(): number {
  let chars = 0;
  for (const row of document.querySelectorAll('tp-tbody > tp-tr')) {
    for (const cell of row.children) chars += (cell.textContent ?? '').length;
  }
  return chars;
}

(globalThis as unknown as { paBench: unknown }).paBench = { annotate, bare, reset, phases };
