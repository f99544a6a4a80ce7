/** The partner's own money: balance rows (China), consumption quota (intl) and past allocation records. */
import { Rng } from '../prng';
import type { AdjustRecord, ConsumptionQuota, PartnerAccountBalance, SandboxCustomer, Site } from '../types';
import { isoSeconds } from './catalog';

export function generatePartnerBalances(seed: number, site: Site): PartnerAccountBalance[] {
  if (site === 'intl') return [];
  const rng = new Rng(seed);
  const row = (accountType: PartnerAccountBalance['accountType'], amountFen: number, designatedFen = 0) => ({
    accountId: rng.hex(32),
    accountType,
    amountFen,
    designatedFen,
    creditFen: accountType === 2 ? 100_000_000 : 0,
    memo: '',
  });
  return [
    row(1, rng.int(50_000_000, 90_000_000), rng.int(0, 2_000_000)),
    row(2, rng.int(10_000_000, 100_000_000)),
    row(5, rng.int(0, 3_000_000)),
    row(7, 5_000_000),
    // The allocatable row: allocations must stay within amount − designated_amount.
    row(8, rng.int(20_000_000, 60_000_000), rng.int(1_000_000, 5_000_000)),
  ];
}

export function generateConsumptionQuota(seed: number): ConsumptionQuota {
  const rng = new Rng(seed);
  return {
    quotaFen: 50_000_000,
    amountFen: rng.int(0, 2_000_000),
    couponFen: rng.int(0, 500_000),
    dueFen: rng.int(1_000_000, 10_000_000),
    unbilledFen: rng.int(500_000, 5_000_000),
  };
}

/** A few historical allocations/reclaims for some reseller customers, newest first. */
export function generateAdjustRecords(
  seed: number,
  customers: readonly SandboxCustomer[],
  now: number,
): AdjustRecord[] {
  const rng = new Rng(seed);
  const out: AdjustRecord[] = [];
  for (const c of customers) {
    if (c.associationType !== '2' || !rng.chance(0.3)) continue;
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      out.push({
        customerId: c.customerId,
        operationType: rng.chance(0.85) ? 'SOURCE_OPERATION_BEADJUST' : 'SOURCE_OPERATION_BERETRIEVE',
        amountFen: rng.int(1, 200_000) * 10,
        operationTime: isoSeconds(now - rng.int(1, 90 * 24) * 3_600_000),
        transId: `SBXT${rng.hex(28)}`,
        memo: '',
      });
    }
  }
  out.sort((a, b) => (a.operationTime < b.operationTime ? 1 : a.operationTime > b.operationTime ? -1 : 0));
  return out;
}
