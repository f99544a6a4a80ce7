/**
 * Wherever a known customer ID appears in the Partner Center (orders, vouchers, incentive details…), a small
 * status chip with a hover card: money state and how old the data is. Unknown customers get nothing.
 */
import { paintChip } from '@/components/page-chip';
import { observeChanges, oneAtATime, waitFor } from '@/utils/console/dom';
import { findMentions } from '@/utils/console/extract';
import { HOST_TAG, mountShadow } from '@/utils/console/mount';
import { t } from '@/utils/i18n';
import { defineFeature } from '../feature';
import { chipDetails } from '../parts/balance-list';
import { STATUS_KEY } from '../parts/format';
import { knownStates } from '../parts/states';
import css from '../parts/ui.css?inline';

const ID = 'customer-mentions';

export default defineFeature({
  id: ID,
  pages: ['customer-orders', 'voucher-management', 'incentive-details', 'incentive-management'],
  async run({ document, signal, page }) {
    await waitFor(document.body, () => (findMentions(document).length > 0 ? document.body : null), signal);
    const annotate = oneAtATime(async () => {
      const mentions = findMentions(document);
      const states = await knownStates(page.site, [...new Set(mentions.map((m) => m.customerId))]);
      if (signal.aborted) return;
      for (const { customerId, cell } of mentions) {
        const state = states.get(customerId);
        if (!state || state.status === 'unknown' || state.status === 'not-applicable') continue;
        const { host, root } = mountShadow(cell, ID, customerId, css);
        host.dataset.status = state.status;
        const details = [t('mentionCard', state.accountName ?? customerId), ...chipDetails(state)];
        paintChip(root, { status: state.status, label: t(STATUS_KEY[state.status]), details });
      }
    });
    observeChanges(document.body, () => void annotate(), signal, HOST_TAG);
    await annotate();
  },
});
