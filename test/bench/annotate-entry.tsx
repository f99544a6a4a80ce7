/** Bundled into a plain page by page-annotate.chromium.ts: the same annotate path balance-warning runs on a list. */
import { render } from 'preact';
import { renderRowChip } from '@/entrypoints/partner-center.content/parts/balance-list';
import { fromPage } from '@/entrypoints/partner-center.content/parts/states';
import { findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { mountShadow } from '@/utils/console/mount';
import { summarizeStatuses } from '@/utils/rules/status';

/** Per-phase times of the last annotate (read rows, decide, mount chips), for the report. */
const phases = { read: 0, decide: 0, mount: 0 };

function annotate(): number {
  let t = performance.now();
  const view = findCustomerTable(document);
  if (!view) throw new Error('no table');
  const rows = readCustomerRows(view, 'cn');
  phases.read = performance.now() - t;
  t = performance.now();
  const now = Date.now();
  const states = rows.map((r) => fromPage('cn', r, now));
  phases.decide = performance.now() - t;
  t = performance.now();
  for (const [k, r] of rows.entries()) renderRowChip(r, states[k]);
  phases.mount = performance.now() - t;
  const summary = summarizeStatuses(states.map((s) => s.status));
  const { root } = mountShadow(view.table, 'balance-warning', 'summary', '', 'before');
  render(<b>{summary.atRisk}</b>, root);
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

(globalThis as unknown as { paBench: unknown }).paBench = { annotate, bare, phases };
