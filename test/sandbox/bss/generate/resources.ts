/**
 * Per-customer resources and per-cycle bills, generated on first use from (seed, customer index) and then kept in
 * the dataset, so 100,000 customers cost nothing until someone asks for their resources.
 */
import { deriveSeed, Rng } from '../prng';
import type { MonthlyBillSum, OnDemandResource, PeriodResource, SandboxCustomer, SiteDataset } from '../types';
import { DAY_MS, isoSeconds, REGIONS, SERVICES, serviceName } from './catalog';

const RESOURCE_SALT = 0x5e50;
const ON_DEMAND_SALT = 0x0d0d;
const BILL_SALT = 0xb111;

export function periodResourcesOf(ds: SiteDataset, seed: number, now: number, c: SandboxCustomer): PeriodResource[] {
  const cached = ds.periodResources.get(c.customerId);
  if (cached) return cached;
  const rng = new Rng(deriveSeed(seed, RESOURCE_SALT, c.index));
  const list: PeriodResource[] = [];
  const n = rng.int(0, 6);
  for (let k = 0; k < n; k++) {
    const service = rng.pick(SERVICES);
    const expire = now + expiryOffsetDays(rng) * DAY_MS + rng.int(0, 86_399) * 1000;
    const resourceId = rng.hex(32);
    const main: PeriodResource = {
      id: rng.hex(32),
      resourceId,
      resourceName: rng.chance(0.05) ? c.label || c.name : `${service.resourceTypeName.toLowerCase()}-${rng.hex(4)}`,
      regionCode: rng.pick(REGIONS[ds.site]),
      serviceTypeCode: service.code,
      serviceTypeName: serviceName(service, ds.site),
      resourceTypeCode: service.resourceType,
      resourceTypeName: service.resourceTypeName,
      resourceSpecCode: rng.pick(service.specs),
      productId: rng.hex(24),
      parentResourceId: '',
      isMainResource: 1,
      status: expire < now ? 5 : c.frozen === 2 ? 4 : 2,
      effectiveTime: isoSeconds(expire - rng.pick([1, 3, 6, 12]) * 30 * DAY_MS),
      expireTime: isoSeconds(expire),
      expirePolicy: rng.pick([0, 0, 3, 3, 1, 2, 4] as const),
      orderId: `CS${rng.hex(12).toUpperCase()}`,
    };
    list.push(main);
    // ECS comes with an attached system disk.
    if (service.code === 'hws.service.type.ec2') {
      list.push({ ...main, id: rng.hex(32), resourceId: rng.hex(32), parentResourceId: resourceId, isMainResource: 0 });
    }
  }
  ds.periodResources.set(c.customerId, list);
  return list;
}

/** Days until expiry: a quarter within 7 days, more within 15/30, a few already expired. */
function expiryOffsetDays(rng: Rng): number {
  const r = rng.next();
  if (r < 0.05) return -rng.int(1, 20);
  if (r < 0.3) return rng.int(0, 6);
  if (r < 0.45) return rng.int(7, 14);
  if (r < 0.6) return rng.int(15, 29);
  return rng.int(30, 365);
}

export function onDemandResourcesOf(
  ds: SiteDataset,
  seed: number,
  now: number,
  c: SandboxCustomer,
): OnDemandResource[] {
  const cached = ds.onDemandResources.get(c.customerId);
  if (cached) return cached;
  const rng = new Rng(deriveSeed(seed, ON_DEMAND_SALT, c.index));
  const list: OnDemandResource[] = [];
  const n = rng.int(0, 5);
  for (let k = 0; k < n; k++) {
    const service = rng.pick(SERVICES);
    list.push({
      resourceId: rng.hex(32),
      resourceName: `${service.resourceTypeName.toLowerCase()}-ppu-${rng.hex(4)}`,
      regionCode: rng.pick(REGIONS[ds.site]),
      serviceTypeCode: service.code,
      serviceTypeName: serviceName(service, ds.site),
      resourceTypeCode: service.resourceType,
      resourceTypeName: service.resourceTypeName,
      resourceSpecCode: rng.pick(service.specs),
      effectiveTime: isoSeconds(now - rng.int(1, 400) * DAY_MS),
      status: c.debtFen > 0 ? rng.pick([2, 3] as const) : rng.pick([1, 1, 1, 1, 4, 6] as const),
      specSize: rng.pick([40, 100, 500]),
    });
  }
  ds.onDemandResources.set(c.customerId, list);
  return list;
}

/** Monthly bill sums of all reseller customers for one cycle and charge mode. */
export function monthlyBillsOf(
  ds: SiteDataset,
  seed: number,
  cycle: string,
  chargeMode: '1' | '3' | '11',
): MonthlyBillSum[] {
  const key = `${cycle}|${chargeMode}`;
  const cached = ds.monthlyBills.get(key);
  if (cached) return cached;
  const cycleNum = Number(cycle.replace('-', ''));
  const rng = new Rng(deriveSeed(seed, BILL_SALT, cycleNum, Number(chargeMode)));
  const list: MonthlyBillSum[] = [];
  for (const c of ds.customers) {
    if (c.associationType !== '2' || !rng.chance(0.5)) continue;
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const service = rng.pick(SERVICES);
      const billType = rng.pick(['0', '0', '0', '0', '1', '2'] as const);
      const amount = rng.int(1, 2_000_000);
      list.push({
        customerId: c.customerId,
        cloudServiceType: service.code,
        cloudServiceTypeName: serviceName(service, ds.site),
        resourceTypeCode: service.resourceType,
        resourceTypeName: service.resourceTypeName,
        billType,
        chargeMode,
        amountFen: billType === '0' ? amount : -amount,
        debtFen: c.debtFen > 0 && billType === '0' ? Math.min(amount, c.debtFen) : 0,
        discountFen: Math.floor(amount * 0.1),
      });
    }
  }
  ds.monthlyBills.set(key, list);
  return list;
}
