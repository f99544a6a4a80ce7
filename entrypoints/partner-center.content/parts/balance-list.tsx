/** balance-warning on the customer list: a chip per reseller row and a summary bar, redrawn on paging/sorting. */
import { render } from 'preact';
import type { BannerAction } from '@/components/ConsequenceBanner';
import { PageStatusChip } from '@/components/PageStatusChip';
import { SummaryBar } from '@/components/SummaryBar';
import { observeChanges, waitFor } from '@/utils/console/dom';
import { type CustomerRow, findCustomerTable, readCustomerRows } from '@/utils/console/extract';
import { HOST_TAG, mountShadow } from '@/utils/console/mount';
import type { Site } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { summarizeStatuses } from '@/utils/rules/status';
import type { FeatureContext } from '../feature';
import { consequenceOf } from './consequence-of';
import { fixAction } from './fixes';
import { ageLine, moneyLine, STATUS_KEY } from './format';
import { type ResolvedState, resolveStates } from './states';
import css from './ui.css?inline';

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

/** Mounts (or updates) the chip of one row; referral customers get none. With `site`, at-risk rows get a fix. */
export function renderRowChip(row: CustomerRow, state: ResolvedState | undefined, site?: Site): void {
  const existing = [...row.anchor.children].find(
    (c) => c.localName === HOST_TAG && c.getAttribute('data-feature') === ID,
  );
  if (!state || state.status === 'not-applicable' || state.status === 'ok' || state.status === 'unknown') {
    existing?.remove();
    return;
  }
  const { host, root } = mountShadow(row.anchor, ID, row.customerId, css);
  host.dataset.status = state.status;
  render(
    <PageStatusChip
      status={state.status}
      label={t(STATUS_KEY[state.status])}
      details={chipDetails(state)}
      fix={site ? rowFix(site, row, state) : null}
    />,
    root,
  );
}

export async function annotateList(ctx: FeatureContext, site: Site): Promise<void> {
  const { document, signal } = ctx;
  await waitFor(document.body, () => findCustomerTable(document)?.table ?? null, signal);
  const annotate = async () => {
    const view = findCustomerTable(document);
    if (!view) return;
    const rows = readCustomerRows(view, site);
    const states = await resolveStates(site, rows);
    if (signal.aborted) return;
    for (const row of rows) if (row.row.isConnected) renderRowChip(row, states.get(row.customerId), site);
    const summary = summarizeStatuses([...states.values()].map((s) => s.status));
    const { root } = mountShadow(view.table, ID, 'summary', css, 'before');
    const text = summary.atRisk > 0 ? t('summaryAtRisk', summary.atRisk) : t('summaryNone');
    const details = summary.low > 0 ? [t('summaryLow', summary.low)] : [];
    render(<SummaryBar atRisk={summary.atRisk} text={text} details={details} />, root);
  };
  await annotate();
  observeChanges(document.body, () => void annotate(), signal, HOST_TAG);
}
