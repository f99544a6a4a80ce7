// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  customersWithStatus,
  loadPartnerBalances,
  loadVoucherQuotas,
  loadVouchers,
  resourcesExpiringBy,
} from '@/utils/cache/repositories';
import { runCustomersJob } from '@/utils/sync/jobs/customers';
import { runResourcesJob } from '@/utils/sync/jobs/resources';
import { runVouchersJob } from '@/utils/sync/jobs/vouchers';
import { useSyncSandbox } from './helpers';

describe('vouchers and resources jobs (China)', () => {
  const h = useSyncSandbox('cn', 60);

  it('stores the partner balances, voucher quotas and every issued voucher, paged', async () => {
    await runVouchersJob(h.ctx());
    const data = h.dataset();
    expect((await loadVouchers(h.db, h.scope)).length).toBe(data.coupons.length);
    expect((await loadVoucherQuotas(h.db, h.scope)).length).toBe(data.quotas.length);
    expect((await loadPartnerBalances(h.db, h.scope)).length).toBe(data.partnerBalances.length);
    expect(h.calls('ListIssuedPartnerCoupons')).toBe(Math.max(1, Math.ceil(data.coupons.length / 100)));
  });

  it('asks for resources expiring within 30 days of each customer at risk, one customer per call', async () => {
    await runCustomersJob(h.ctx());
    const atRisk = (await customersWithStatus(h.db, h.scope, ['blocked', 'frozen', 'low'])).filter(
      (c) => c.associationType === '2',
    );
    await runResourcesJob(h.ctx());
    expect(h.answered('ListPayPerUseCustomerResources')).toBe(atRisk.length);
    const horizon = new Date(Date.now() + 31 * 86_400_000).toISOString();
    const stored = await resourcesExpiringBy(h.db, h.scope, horizon);
    const ids = new Set(atRisk.map((c) => c.customerId));
    expect(stored.every((r) => ids.has(r.customerId))).toBe(true);
  });
});
