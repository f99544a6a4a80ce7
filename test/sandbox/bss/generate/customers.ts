/** Generates the customer list of one site: names, association types, levels, frozen states and money states. */
import type { CustomerLevel, FrozenState } from '../../../../utils/domain';
import { Rng } from '../prng';
import type { CustomerBudget, SandboxCustomer, Site } from '../types';
import { DAY_MS, isoSeconds } from './catalog';
import { companyName, HOSTILE_STRINGS, label, personName } from './names';

/** China balance states; the first customers cycle through all of them so even tiny datasets cover every case. */
const CN_STATES = ['positive', 'low', 'zero', 'debt', 'negative'] as const;
type CnState = (typeof CN_STATES)[number];
const INTL_STATES = ['normal', 'near', 'exhausted', 'new-frozen', 'zero'] as const;
type IntlState = (typeof INTL_STATES)[number];
const LEVELS: readonly CustomerLevel[] = ['V0', 'V0', 'V1', 'V1', 'V2', 'V2', 'V3', 'V4', 'V5'];
/** Every Nth customer carries a hostile string somewhere visible. */
const HOSTILE_EVERY = 23;

/**
 * `hostileNames[i]` becomes customer i's name, account name, label and account manager, so every string reaches
 * every place a customer is named; the money states and association types stay those of the plain dataset.
 */
export function generateCustomers(
  seed: number,
  site: Site,
  count: number,
  now: number,
  hostileNames: readonly string[] = [],
): SandboxCustomer[] {
  const rng = new Rng(seed);
  const out: SandboxCustomer[] = new Array(count);
  // Newest association first, spread over about three years.
  const step = Math.max(1, Math.floor((3 * 365 * DAY_MS) / Math.max(count, 1)));
  let associated = now - rng.int(0, 3_600_000);
  for (let i = 0; i < count; i++) {
    associated -= rng.int(1, 2 * step);
    out[i] = customer(rng, site, i, associated);
  }
  hostileNames.slice(0, count).forEach((text, i) => {
    const c = out[i] as SandboxCustomer;
    Object.assign(c, { name: text, accountName: text, label: text, accountManager: text });
  });
  return out;
}

function customer(rng: Rng, site: Site, index: number, associatedMs: number): SandboxCustomer {
  const chinese = site === 'cn' ? rng.chance(0.85) : rng.chance(0.15);
  const names = companyName(rng, chinese, index);
  // Index 0 is always a reseller and 1 a referral so small datasets have both; then ~60% resellers.
  const reseller = index === 0 ? true : index === 1 ? false : rng.chance(0.6);
  const verifiedStatus = rng.pick([2, 2, 2, 2, 0, 1, -1] as const);
  const c: SandboxCustomer = {
    index,
    customerId: rng.hex(32),
    accountName: names.accountName,
    name: verifiedStatus === 2 || rng.chance(0.3) ? names.name : '',
    associationType: reseller ? '2' : '1',
    associatedOn: isoSeconds(associatedMs),
    label: rng.chance(0.35) ? label(rng, chinese) : '',
    level: rng.pick(LEVELS),
    frozen: 0,
    email: `${names.accountName}@example.com`,
    telephone: `${rng.int(130, 199)}****${rng.int(1000, 9999)}`,
    countryCode: site === 'cn' ? '0086' : rng.pick(['0065', '0060', '0055', '0027', '0066']),
    verifiedStatus,
    customerType: rng.pick([1, 1, 1, 0, -1] as const),
    xaccountId: rng.hex(16),
    xaccountType: 'HWC_HK',
    accountManager: rng.chance(0.7) ? personName(rng, chinese) : '',
    newCustomerTag: rng.pick(['Y', 'N', 'N', 'UNDETERMINED'] as const),
    balanceFen: 0,
    debtFen: 0,
  };
  if (index % HOSTILE_EVERY === 5) addHostile(c, rng, Math.floor(index / HOSTILE_EVERY));
  c.frozen = rng.pick([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2] as const);
  if (!reseller) return c;
  if (site === 'cn') applyCnState(c, rng, index < 12 ? cnStateAt(index) : rng.pick(CN_STATES));
  else applyIntlState(c, rng, index < 12 ? intlStateAt(index) : rng.pick(INTL_STATES));
  return c;
}

function cnStateAt(index: number): CnState {
  return CN_STATES[index % CN_STATES.length] ?? 'positive';
}

function intlStateAt(index: number): IntlState {
  return INTL_STATES[index % INTL_STATES.length] ?? 'normal';
}

function addHostile(c: SandboxCustomer, rng: Rng, n: number): void {
  const hostile = HOSTILE_STRINGS[n % HOSTILE_STRINGS.length] ?? '';
  const where = n % 3;
  if (where === 0) c.name = hostile;
  else if (where === 1) c.label = hostile;
  else c.name = `${c.name}${hostile}`;
  if (rng.chance(0.5)) c.accountManager = hostile;
}

function applyCnState(c: SandboxCustomer, rng: Rng, state: CnState): void {
  if (state === 'positive') c.balanceFen = rng.int(5_000, 5_000_000);
  else if (state === 'low') c.balanceFen = rng.int(1, 5_000);
  else if (state === 'debt') c.debtFen = rng.int(100, 800_000);
  else if (state === 'negative') {
    c.debtFen = rng.int(100, 300_000);
    c.balanceFen = -c.debtFen;
  }
  // Customers in arrears are often frozen (account, or account + resources).
  if (c.debtFen > 0 && rng.chance(0.5)) c.frozen = rng.pick([1, 2] as const);
}

function applyIntlState(c: SandboxCustomer, rng: Rng, state: IntlState): void {
  const type = rng.chance(0.7) ? 'MONTHLY' : 'PACKAGE';
  const amountFen = rng.int(10_000, 2_000_000);
  const budget: CustomerBudget = { amountFen, usedFen: 0, type, frozenOperateType: rng.chance(0.6) ? 1 : 0 };
  let frozen: FrozenState = c.frozen;
  if (state === 'normal') budget.usedFen = rng.int(0, Math.floor(amountFen * 0.79));
  else if (state === 'near') budget.usedFen = rng.int(Math.floor(amountFen * 0.8), amountFen - 1);
  else if (state === 'exhausted') {
    budget.usedFen = amountFen + rng.int(0, 50_000);
    if (budget.frozenOperateType === 1) frozen = 1;
  } else if (state === 'new-frozen') {
    // Newly associated intl reseller customers are frozen until the partner sets a budget.
    budget.amountFen = 0;
    frozen = 1;
    c.newCustomerTag = 'Y';
  } else {
    budget.amountFen = 0;
  }
  c.budget = budget;
  c.frozen = frozen;
}
