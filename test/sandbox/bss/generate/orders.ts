/** Orders across the partner's customers and the incentive policy catalogue. */
import { Rng } from '../prng';
import type { IncentivePolicy, SandboxCustomer, SandboxOrder, Site } from '../types';
import { isoSeconds, SERVICES, serviceName } from './catalog';

export function generateOrders(
  seed: number,
  site: Site,
  customers: readonly SandboxCustomer[],
  now: number,
): SandboxOrder[] {
  const rng = new Rng(seed);
  const out: SandboxOrder[] = [];
  for (const c of customers) {
    if (!rng.chance(0.3)) continue;
    const n = rng.int(1, 2);
    for (let k = 0; k < n; k++) {
      const service = rng.pick(SERVICES);
      const created = now - rng.int(1, 360 * 24) * 3_600_000;
      const status = rng.pick([5, 5, 5, 5, 6, 6, 4, 3, 1, 9] as const);
      const officialFen = rng.int(1_000, 3_000_000);
      out.push({
        orderId: `CS${isoSeconds(created).slice(2, 10).replaceAll('-', '')}${rng.hex(5).toUpperCase()}`,
        customerId: c.customerId,
        serviceTypeCode: service.code,
        serviceTypeName: serviceName(service, site),
        status,
        orderType: rng.pick([1, 1, 2, 2, 3, 4, 10, 11, 13, 14, 15] as const),
        officialFen,
        afterDiscountFen: Math.floor(officialFen * (rng.int(70, 100) / 100)),
        createTime: isoSeconds(created),
        paymentTime: status === 5 ? isoSeconds(created + rng.int(1, 48) * 3_600_000) : '',
        sourceType: rng.chance(0.8) ? 1 : 2,
      });
    }
  }
  out.sort((a, b) => (a.createTime < b.createTime ? 1 : a.createTime > b.createTime ? -1 : 0));
  return out;
}

export function generatePolicies(seed: number): IncentivePolicy[] {
  const rng = new Rng(seed);
  return SERVICES.map((s) => ({
    serviceTypeCode: s.code,
    serviceTypeName: s.nameZh,
    incentivePolicy: rng.pick(['0', '1', '2', '13'] as const),
    allowDiscount: rng.chance(0.7) ? 'YES' : 'NO',
  }));
}
