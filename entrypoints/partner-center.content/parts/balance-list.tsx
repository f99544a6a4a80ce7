/** balance-warning on the customer list: a chip per reseller row and a summary bar, redrawn on paging/sorting. */
import { render } from 'preact';
import type { BannerAction } from '@/components/ConsequenceBanner';
import { isPainted, paintChip } from '@/components/page-chip';
import { SummaryBar } from '@/components/SummaryBar';
import { observeChanges, oneAtATime, waitFor } from '@/utils/console/dom';
import { type CustomerRow, findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { HOST_TAG, mountShadow, mountSlot, shadowOf, slotHost } from '@/utils/console/mount';
import { type NearViewport, nearViewport } from '@/utils/console/near-viewport';
import type { TableView } from '@/utils/console/table';
import type { Site } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { summarizeStatuses } from '@/utils/rules/status';
import type { FeatureContext } from '../feature';
import { consequenceOf } from './consequence-of';
import { fixAction } from './fixes';
import { ageLine, moneyLine, STATUS_KEY } from './format';
import { type ResolvedState, resolveStates } from './states';
import css from './ui.css?inline';

type StateMap = ReadonlyMap<string, ResolvedState>;

const ID = 'balance-warning';

export function chipDetails(state: ResolvedState): string[] {
  const money = moneyLine(state.money);
  return [...(money ? [money] : []), ageLine(state.source, state.fetchedAt)];
}

/** The first fix of a customer who cannot buy (blocked or frozen); low balances get none, to keep rows light. */
function rowFix(site: Site, row: CustomerRow, state: ResolvedState): BannerAction | null {
  if (state.status !== 'blocked' && state.status !== 'frozen') return null;
  const fix = consequenceOf(site, state)?.fixes[0];
  return fix ? fixAction(site, row.customerId, fix, row.row) : null;
}

/**
 * Mounts (or updates) the chip of one row; referral and healthy customers get none, rows that cannot buy get a fix.
 * The host (key, status) is set at once; what it shows is painted when the row nears the viewport, or at once when
 * the host already shows a chip.
 */
function renderRowChip(row: CustomerRow, state: ResolvedState | undefined, site: Site, painter: NearViewport): void {
  if (!state || state.status === 'not-applicable' || state.status === 'ok' || state.status === 'unknown') {
    slotHost(row.anchor, ID)?.remove();
    painter.cancel(row.anchor);
    return;
  }
  const host = mountSlot(row.anchor, ID, row.customerId);
  const status = state.status;
  if (host.getAttribute('data-status') !== status) host.setAttribute('data-status', status);
  const paint = () => {
    const fix = rowFix(site, row, state);
    paintChip(shadowOf(host, css), { status, label: t(STATUS_KEY[status]), details: chipDetails(state), fix });
    host.hidden = false;
  };
  if (isPainted(host)) {
    painter.cancel(row.anchor);
    paint();
  } else {
    painter.schedule(row.anchor, paint);
  }
}

/**
 * Everything the list shows once states are known, in one synchronous pass of DOM writes (no layout reads in
 * between): a chip host per row still on the page, and the summary above the table. The benchmark runs this too.
 */
export function paintList(
  view: TableView,
  rows: readonly CustomerRow[],
  states: StateMap,
  site: Site,
  painter: NearViewport,
): void {
  const shown = rows.filter((row) => row.row.isConnected);
  if (painter.pending > 0) painter.retain(new Set(shown.map((row) => row.anchor)));
  for (const row of shown) renderRowChip(row, states.get(row.customerId), site, painter);
  const summary = summarizeStatuses([...states.values()].map((s) => s.status));
  const { root } = mountShadow(view.table, ID, 'summary', css, 'before');
  const text = summary.atRisk > 0 ? t('summaryAtRisk', summary.atRisk) : t('summaryNone');
  const details = summary.low > 0 ? [t('summaryLow', summary.low)] : [];
  render(<SummaryBar atRisk={summary.atRisk} text={text} details={details} />, root);
}

export async function annotateList(ctx: FeatureContext, site: Site): Promise<void> {
  const { document, signal } = ctx;
  await waitFor(document.body, () => findCustomerTable(document)?.table ?? null, signal);
  const painter = nearViewport(document, signal);
  const annotate = oneAtATime(async () => {
    const view = findCustomerTable(document);
    if (!view) return;
    const rows = readCustomerRows(view, site);
    const states = await resolveStates(site, rows);
    if (!signal.aborted) paintList(view, rows, states, site, painter);
  });
  // Watching starts before the first pass: a re-render while its answer is out must not go unseen.
  observeChanges(document.body, () => void annotate(), signal, HOST_TAG);
  await annotate();
}
