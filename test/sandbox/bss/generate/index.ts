/** Builds the whole deterministic dataset for both sites from one seed. */
import { deriveSeed, Rng } from '../prng';
import type { AdjustRecord, Dataset, IssuedCoupon, SandboxAccount, SandboxOrder, Site, SiteDataset } from '../types';
import { DAY_MS } from './catalog';
import { generateCoupons, generateQuotas } from './coupons';
import { generateCustomers } from './customers';
import { generateAdjustRecords, generateConsumptionQuota, generatePartnerBalances } from './finance';
import { generateOrders, generatePolicies } from './orders';

export { monthlyBillsOf, onDemandResourcesOf, periodResourcesOf } from './resources';

export interface GenerateOptions {
  seed: number;
  /** Customers per site. */
  customers: number;
  /** Issued coupons (China); about 0.45 per customer unless given. */
  coupons?: number;
  /** Instant the data is relative to; default: start of the current UTC day. */
  now?: number;
  /** Strings the first customers of each site carry as name, account name, label and manager (security G10). */
  hostileNames?: readonly string[];
}

const SITE_SALT: Record<Site, number> = { cn: 1, intl: 2 };

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function generateDataset(opts: GenerateOptions): Dataset {
  const now = opts.now ?? startOfUtcDay(Date.now());
  const count = Math.max(0, Math.min(100_000, Math.floor(opts.customers)));
  // Each site is generated on first access: a test server serving one site pays for one site only.
  const made: Partial<Record<Site, SiteDataset>> = {};
  const site = (s: Site): SiteDataset => {
    made[s] ??= generateSite(opts, s, count, now);
    return made[s];
  };
  return {
    seed: opts.seed,
    now,
    customersPerSite: count,
    sites: {
      get cn() {
        return site('cn');
      },
      get intl() {
        return site('intl');
      },
    },
  };
}

/** Fake credentials: recognisable "SBX" prefixes, never shaped like anyone's real keys. */
export function accountsFor(seed: number, site: Site): { account: SandboxAccount; temporaryAccount: SandboxAccount } {
  const rng = new Rng(deriveSeed(seed, SITE_SALT[site], 0xacc));
  const tag = site === 'cn' ? 'CN' : 'INTL';
  const domainId = rng.hex(32);
  return {
    account: {
      site,
      ak: `SBX${tag}${rng.hex(20 - 3 - tag.length).toUpperCase()}`,
      sk: `sbxsk${rng.hex(35)}`,
      domainId,
    },
    temporaryAccount: {
      site,
      ak: `SBXTMP${tag}${rng.hex(20 - 6 - tag.length).toUpperCase()}`,
      sk: `sbxtmpsk${rng.hex(32)}`,
      domainId,
      securityToken: `sbx-sts-${rng.hex(96)}`,
    },
  };
}

function generateSite(opts: GenerateOptions, site: Site, count: number, now: number): SiteDataset {
  const { seed } = opts;
  const hostileNames = opts.hostileNames ?? [];
  const s = (salt: number) => deriveSeed(seed, SITE_SALT[site], salt);
  const customers = generateCustomers(s(1), site, count, now, hostileNames);
  const quotas = generateQuotas(s(3), site, now);
  // Bulk lists that only some APIs need are generated on first access (then kept and mutated in place).
  let coupons: IssuedCoupon[] | undefined;
  let adjustRecords: AdjustRecord[] | undefined;
  let orders: SandboxOrder[] | undefined;
  return {
    site,
    currency: site === 'cn' ? 'CNY' : 'USD',
    ...accountsFor(seed, site),
    partnerAccountName: site === 'cn' ? 'sandbox_partner_cn' : 'sandbox-partner-intl',
    customers,
    byId: new Map(customers.map((c) => [c.customerId, c])),
    partnerBalances: generatePartnerBalances(s(2), site),
    consumptionQuota: generateConsumptionQuota(s(7)),
    quotas,
    get coupons() {
      coupons ??= generateCoupons(s(4), customers, quotas, now, opts.coupons);
      return coupons;
    },
    get adjustRecords() {
      adjustRecords ??= site === 'cn' ? generateAdjustRecords(s(5), customers, now) : [];
      return adjustRecords;
    },
    get orders() {
      orders ??= generateOrders(s(6), site, customers, now);
      return orders;
    },
    policies: generatePolicies(s(8)),
    periodResources: new Map(),
    onDemandResources: new Map(),
    monthlyBills: new Map(),
  };
}
