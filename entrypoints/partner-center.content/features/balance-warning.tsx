/**
 * Balance/budget warnings (partner-center.md §2.4–2.5, §7.1): on the customer list, a chip per reseller row and a
 * summary of who cannot buy or renew; on the customer detail, a banner with the consequence and a fix.
 */
import { defineFeature } from '../feature';
import { annotateDetail } from '../parts/balance-detail';
import { annotateList } from '../parts/balance-list';

export default defineFeature({
  id: 'balance-warning',
  pages: ['customer-list', 'customer-detail'],
  run(ctx) {
    const site = ctx.page.site;
    return ctx.page.id === 'customer-list' ? annotateList(ctx, site) : annotateDetail(ctx, site);
  },
});
