/**
 * Customer list and detail pages → domain facts. Money comes from the page's own figures (China 可用额度,
 * intl "used / budget"), so page-only mode works without credentials. Masked or unreadable cells give null.
 */

import type { AssociationType, CustomerLevel, DecimalString, FrozenState, MoneyState, Site } from '@/utils/domain';
import { currencyOfSite, parseDisplayedMoney } from '@/utils/rules/money-display';
import { CUSTOMER_ID_RE, hasLabel, isLabel, LABELS, textOf } from '../selectors';
import { cellOf, cellsOf, findTable, type TableView } from '../table';

export interface CustomerFacts {
  customerId: string;
  associationType: AssociationType | null;
  frozen: FrozenState | null;
  level: CustomerLevel | null;
  authorized: boolean | 'unknown';
  /** Null when the page shows no money for this customer (referral, masked, "--"). */
  money: MoneyState | null;
  /** Account name as shown; null when masked. */
  accountName: string | null;
}

export interface CustomerRow extends CustomerFacts {
  row: Element;
  /** Where a status chip goes: the money cell, else the ID cell. */
  anchor: Element;
  /** Where a row action goes: the operation cell, else the ID cell. */
  actionCell: Element;
}

export const LIST_COLUMNS = ['customerId'] as const;
const OPTIONAL = [
  'accountName',
  'associationType',
  'level',
  'accountStatus',
  'authorization',
  'balance',
  'budgetUsage',
  'operation',
] as const;

export function findCustomerTable(root: ParentNode): TableView | null {
  return findTable(root, LIST_COLUMNS, OPTIONAL);
}

export function readCustomerRows(view: TableView, site: Site): CustomerRow[] {
  const out: CustomerRow[] = [];
  for (const row of view.rows) {
    const cells = cellsOf(row);
    const cell = (name: Parameters<typeof cellOf>[2]) => cellOf(view, row, name, cells);
    const idCell = cell('customerId');
    const customerId = idCell ? textOf(idCell) : '';
    if (!idCell || !CUSTOMER_ID_RE.test(customerId)) continue;
    const text = (name: Parameters<typeof cellOf>[2]) => {
      const c = cell(name);
      return c ? textOf(c) : null;
    };
    const moneyCell = cell(site === 'cn' ? 'balance' : 'budgetUsage');
    out.push({
      row,
      anchor: moneyCell ?? idCell,
      actionCell: cell('operation') ?? idCell,
      ...parseFacts(site, customerId, {
        association: text('associationType'),
        status: text('accountStatus'),
        level: text('level'),
        authorization: text('authorization'),
        money: moneyCell ? textOf(moneyCell) : null,
        accountName: text('accountName'),
      }),
    });
  }
  return out;
}

export interface RawFacts {
  association: string | null;
  status: string | null;
  level: string | null;
  authorization: string | null;
  money: string | null;
  accountName: string | null;
}

export function parseFacts(site: Site, customerId: string, raw: RawFacts): CustomerFacts {
  return {
    customerId,
    associationType: parseAssociation(raw.association),
    frozen: parseFrozen(raw.status),
    level: raw.level && /^V[0-5]$/.test(raw.level) ? (raw.level as CustomerLevel) : null,
    authorized: parseAuthorization(raw.authorization),
    money: raw.money === null ? null : parseMoneyCell(site, customerId, raw.money),
    accountName: raw.accountName && !raw.accountName.includes('*') ? raw.accountName : null,
  };
}

export function parseAssociation(text: string | null): AssociationType | null {
  if (text === null) return null;
  if (isLabel(text, LABELS.referral)) return '1';
  if (isLabel(text, LABELS.reseller)) return '2';
  return null;
}

export function parseFrozen(text: string | null): FrozenState | null {
  if (text === null || text === '') return null;
  if (!hasLabel(text, LABELS.frozen)) return 0;
  return hasLabel(text, LABELS.frozenWithResources) ? 2 : 1;
}

function parseAuthorization(text: string | null): boolean | 'unknown' {
  if (text === null) return 'unknown';
  if (isLabel(text, LABELS.notAuthorized)) return false;
  if (isLabel(text, LABELS.authorized)) return true;
  return 'unknown';
}

function amount(text: string, site: Site): DecimalString | null {
  const m = parseDisplayedMoney(text);
  if (m.kind !== 'amount') return null;
  // A figure in the other site's currency is not this site's money: refuse rather than mix.
  return m.currency === null || m.currency === currencyOfSite(site) ? m.value : null;
}

/** China: "¥1,234.56"; intl: "$120.00 / $500.00" (used / budget). */
export function parseMoneyCell(site: Site, customerId: string, text: string): MoneyState | null {
  const currency = currencyOfSite(site);
  if (site === 'cn') {
    const balance = amount(text, site);
    return balance === null ? null : { site, customerId, balance, debt: '0', currency };
  }
  const [usedText, budgetText] = text.split('/');
  if (usedText === undefined || budgetText === undefined) return null;
  const used = amount(usedText, site);
  const budget = amount(budgetText, site);
  if (used === null || budget === null) return null;
  return { site, customerId, budget, used, budgetType: 'MONTHLY', currency };
}
