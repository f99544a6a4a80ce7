/**
 * Incentive explanations (partner-center.md §3): a chip on each incentive-detail row whose amount differs from
 * what the consumption suggests, naming the INC rules in plain words, and a panel reconciling the page's totals.
 */
import { render } from 'preact';
import { IncentiveChip, IncentivePanel } from '@/components/IncentiveExplain';
import { observeChanges, waitFor } from '@/utils/console/dom';
import { findIncentiveTable, readIncentiveRows, readRunningTotal } from '@/utils/console/extract';
import { HOST_TAG, mountShadow } from '@/utils/console/mount';
import { t } from '@/utils/i18n';
import { currencyOfSite } from '@/utils/rules/money-display';
import { billingMonthOf } from '@/utils/rules/time';
import { defineFeature } from '../feature';
import { money, ruleText } from '../parts/format';
import { explainRow, reconcile, rulesOf } from '../parts/incentive-recon';
import css from '../parts/ui.css?inline';

const ID = 'incentive-explainer';

export default defineFeature({
  id: ID,
  pages: ['incentive-details'],
  async run({ document, signal, page }) {
    const currency = currencyOfSite(page.site);
    const fmt = (amount: string) => money(amount, currency);
    await waitFor(document.body, () => findIncentiveTable(document)?.table ?? null, signal);
    const annotate = () => {
      const view = findIncentiveTable(document);
      if (!view) return;
      const rows = readIncentiveRows(view, page.site).map((r) => explainRow(r, billingMonthOf(Date.now())));
      for (const { row, findings } of rows) {
        const existing = row.anchor.querySelector(`:scope > ${HOST_TAG}[data-feature="${ID}"]`);
        if (findings.length === 0) {
          existing?.remove();
          continue;
        }
        const { host, root } = mountShadow(row.anchor, ID, row.key, css);
        host.dataset.rules = rulesOf(findings).join(' ');
        const lines = findings.map((f) => ({ rule: f.rule, text: ruleText(f, currency) }));
        render(<IncentiveChip rules={rulesOf(findings)} title={t('incChipTitle')} lines={lines} />, root);
      }
      const r = reconcile(rows);
      const pageTotal = readRunningTotal(document);
      const notes = [t('incPanelRows', r.differing, r.total)];
      if (pageTotal?.consumption && pageTotal.incentive) {
        notes.push(t('incPanelPageTotal', fmt(pageTotal.consumption), fmt(pageTotal.incentive)));
      }
      const { root } = mountShadow(view.table, ID, 'panel', css, 'before');
      const lines = [
        { id: 'consumption', label: t('incPanelConsumption'), amount: fmt(r.consumption) },
        ...r.byRule.map((s) => ({ id: s.rule, label: t('incPanelExcluded', s.rule), amount: fmt(s.delta) })),
        { id: 'base', label: t('incPanelBase'), amount: fmt(r.incentiveBase) },
        { id: 'expected', label: t('incPanelExpected'), amount: fmt(r.expected) },
        { id: 'shown', label: t('incPanelShown'), amount: fmt(r.shown) },
      ];
      render(<IncentivePanel title={t('incPanelTitle')} lines={lines} notes={notes} />, root);
    };
    annotate();
    observeChanges(document.body, annotate, signal, HOST_TAG);
  },
});
