/**
 * Customer list and detail pages → domain facts. Money comes from the page's own figures (China 可用额度,
 * intl "used / budget"), so page-only mode works without credentials. Masked or unreadable cells give null.
 */

import type { AssociationType, CustomerLevel, DecimalString, FrozenState, MoneyState, Site } from '@/utils/domain';
import { currencyOfSite, parseDisplayedMoney } from '@/utils/rules/money-display';
import { CUSTOMER_ID_RE, type HeaderName, hasLabel, isLabel, LABELS, textOf } from '../selectors';
import { cellsOf, findTable, type TableView } from '../table';

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

/**
 * One pass over the rows: each needed cell is read once (textContent, which forces no layout). Label columns hold a
 * handful of distinct texts, so their parsing is memoised for the pass instead of repeated per row.
 */
export function readCustomerRows(view: TableView, site: Site): CustomerRow[] {
  const labels = memoisedLabelParsers();
  const column = view.columns;
  const out: CustomerRow[] = [];
  for (const row of view.rows) {
    const cells = cellsOf(row);
    const cell = (name: HeaderName) => {
      const index = column[name];
      return index === undefined ? null : (cells[index] ?? null);
    };
    const text = (name: HeaderName) => {
      const c = cell(name);
      return c ? textOf(c) : null;
    };
    const idCell = cell('customerId');
    const customerId = idCell ? textOf(idCell) : '';
    if (!idCell || !CUSTOMER_ID_RE.test(customerId)) continue;
    const moneyCell = cell(site === 'cn' ? 'balance' : 'budgetUsage');
    const facts = parseFacts(
      site,
      customerId,
      {
        association: text('associationType'),
        status: text('accountStatus'),
        level: text('level'),
        authorization: text('authorization'),
        money: moneyCell ? textOf(moneyCell) : null,
        accountName: text('accountName'),
      },
      labels,
    );
    out.push({ ...facts, row, anchor: moneyCell ?? idCell, actionCell: cell('operation') ?? idCell });
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

/** How label cells become facts; readCustomerRows passes memoised ones. */
export interface LabelParsers {
  association(text: string | null): AssociationType | null;
  frozen(text: string | null): FrozenState | null;
  authorization(text: string | null): boolean | 'unknown';
}

const DIRECT: LabelParsers = {
  association: parseAssociation,
  frozen: parseFrozen,
  authorization: parseAuthorization,
};

function memoisedLabelParsers(): LabelParsers {
  return { association: memo(parseAssociation), frozen: memo(parseFrozen), authorization: memo(parseAuthorization) };
}

function memo<T>(parse: (text: string | null) => T): (text: string | null) => T {
  const seen = new Map<string | null, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const value = parse(text);
    seen.set(text, value);
    return value;
  };
}

export function parseFacts(site: Site, customerId: string, raw: RawFacts, labels = DIRECT): CustomerFacts {
  return {
    customerId,
    associationType: labels.association(raw.association),
    frozen: labels.frozen(raw.status),
    level: raw.level && /^V[0-5]$/.test(raw.level) ? (raw.level as CustomerLevel) : null,
    authorized: labels.authorization(raw.authorization),
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
