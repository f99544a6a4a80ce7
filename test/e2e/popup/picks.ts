/**
 * Customers the popup e2e tests use, picked from the sandbox dataset with the extension's own status rules
 * (utils/rules/status.ts), so "blocked" means what the popup means by it.
 */
import type { CustomerStatus } from '../../../utils/domain';
import { customerStatus } from '../../../utils/rules/status';
import { fenToString, type SandboxCustomer, type SiteDataset } from '../../sandbox/bss/index';

export function cnStatus(c: SandboxCustomer): CustomerStatus {
  const money = {
    site: 'cn' as const,
    customerId: c.customerId,
    balance: fenToString(c.balanceFen),
    debt: fenToString(c.debtFen),
    currency: 'CNY' as const,
  };
  return customerStatus({ customer: c, money });
}

const CJK = /\p{Script=Han}/u;
const LATIN = /^[A-Za-z][A-Za-z .,&-]{9,}$/;

function first(data: SiteDataset, what: string, test: (c: SandboxCustomer) => boolean): SandboxCustomer {
  const c = data.customers.find(test);
  if (!c) throw new Error(`the sandbox has no ${what}`);
  return c;
}

/** The customers one run needs; names unique in the dataset so a search has one right answer. */
export function pickCustomers(data: SiteDataset) {
  const count = new Map<string, number>();
  for (const c of data.customers) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  const unique = (c: SandboxCustomer) => c.name !== '' && count.get(c.name) === 1;
  const labels = new Map<string, number>();
  for (const c of data.customers) if (c.label) labels.set(c.label, (labels.get(c.label) ?? 0) + 1);
  // The rarest Chinese label: its few holders all fit on the first page of results.
  const label = [...labels].filter(([l]) => CJK.test(l)).sort((a, b) => a[1] - b[1])[0]?.[0];
  return {
    chinese: first(data, 'uniquely named Chinese reseller', (c) => unique(c) && CJK.test(c.name)),
    latin: first(data, 'uniquely named Latin-script customer', (c) => unique(c) && LATIN.test(c.name)),
    labelled: first(data, 'customer with a Chinese label', (c) => label !== undefined && c.label === label),
    // Arrears make the card show both figures.
    blocked: first(
      data,
      'blocked reseller in arrears',
      (c) => cnStatus(c) === 'blocked' && c.debtFen > 0 && CJK.test(c.name),
    ),
    frozen: first(data, 'frozen reseller', (c) => cnStatus(c) === 'frozen'),
    referral: first(data, 'referral customer', (c) => cnStatus(c) === 'not-applicable'),
    healthy: first(data, 'healthy reseller', (c) => cnStatus(c) === 'ok' && c.balanceFen > 100_000),
  };
}

/** ASCII → full-width forms (Ａ, ０, ＿), as an IME in full-width mode types them. */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** One typo: the character in the middle dropped. */
export function withTypo(text: string): string {
  const at = Math.floor(text.length / 2);
  return text.slice(0, at) + text.slice(at + 1);
}
