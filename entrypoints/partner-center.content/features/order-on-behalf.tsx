/**
 * "Order on behalf" quick action on customer rows and the customer detail. A click runs the pre-checks (reseller,
 * authorised, money > 0, not frozen); a failure names the check and offers its fix, a pass opens the console's own
 * order-on-behalf dialog for that customer. Nothing is ever submitted.
 */
import { observeChanges, waitFor } from '@/utils/console/dom';
import { findCustomerTable, readCustomerDetail, readCustomerRows } from '@/utils/console/extract';
import { HOST_TAG } from '@/utils/console/mount';
import { customerIdFromRoute } from '@/utils/console/pages';
import { defineFeature, type FeatureContext } from '../feature';
import { mountOob } from '../parts/oob';

function onList({ document, signal, page }: FeatureContext) {
  const annotate = () => {
    const view = findCustomerTable(document);
    if (!view) return;
    for (const row of readCustomerRows(view, page.site)) {
      mountOob({ site: page.site, facts: row, anchor: row.actionCell, scope: row.row, document, signal });
    }
  };
  annotate();
  observeChanges(document.body, annotate, signal, HOST_TAG);
}

function onDetail({ document, signal, page }: FeatureContext, customerId: string) {
  const annotate = () => {
    const facts = readCustomerDetail(document, page.site, customerId);
    if (facts) mountOob({ site: page.site, facts, anchor: facts.anchor, scope: document, document, signal });
  };
  annotate();
  observeChanges(document.body, annotate, signal, HOST_TAG);
}

export default defineFeature({
  id: 'order-on-behalf',
  pages: ['customer-list', 'customer-detail'],
  async run(ctx) {
    const { document, signal, page } = ctx;
    if (page.id === 'customer-list') {
      await waitFor(document.body, () => findCustomerTable(document)?.table ?? null, signal);
      return onList(ctx);
    }
    const id = customerIdFromRoute(page.url);
    if (!id) return;
    await waitFor(document.body, () => readCustomerDetail(document, page.site, id)?.anchor ?? null, signal);
    onDetail(ctx, id);
  },
});
