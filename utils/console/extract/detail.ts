/**
 * Customer detail overview → facts. The header is a list of label/value fields; the money card is found by its
 * heading (可用额度 / 预算使用), and the order-on-behalf control by its visible label.
 */
import type { BudgetType, Site } from '@/utils/domain';
import { type HEADERS, isHeader, isLabel, LABELS, SEL, textOf } from '../selectors';
import { type CustomerFacts, parseFacts } from './customers';

export interface DetailFacts extends CustomerFacts {
  /** Where the banner goes: before the overview cards. */
  anchor: Element;
  moneyCard: Element | null;
  budgetType: BudgetType | null;
}

function fields(root: ParentNode): Map<Element, { label: string; value: string }> {
  const out = new Map<Element, { label: string; value: string }>();
  for (const field of root.querySelectorAll(SEL.field)) {
    const [label, value] = [...field.children].map(textOf);
    if (label !== undefined && value !== undefined) out.set(field, { label, value });
  }
  return out;
}

/** The card whose heading is the money label; its amount is the first child element that is not the heading. */
export function findMoneyCard(root: ParentNode, site: Site): { card: Element; text: string } | null {
  const heading = site === 'cn' ? 'balance' : 'budgetUsage';
  for (const card of root.querySelectorAll(SEL.card)) {
    const [title, value] = [...card.children];
    if (title && value && isHeader(textOf(title), heading)) return { card, text: textOf(value) };
  }
  return null;
}

export function readCustomerDetail(root: ParentNode, site: Site, customerId: string): DetailFacts | null {
  const all = fields(root);
  if (all.size === 0) return null;
  const get = (name: keyof typeof HEADERS) => {
    for (const { label, value } of all.values()) if (isHeader(label, name)) return value;
    return null;
  };
  const shownId = get('customerId');
  if (shownId !== null && shownId !== customerId) return null;
  const money = findMoneyCard(root, site);
  const header = all.keys().next().value?.parentElement ?? null;
  if (!header) return null;
  const budgetText = get('budgetType');
  return {
    ...parseFacts(site, customerId, {
      association: get('associationType'),
      status: get('accountStatus'),
      level: get('level'),
      authorization: get('authorization'),
      money: money?.text ?? null,
      accountName: get('accountName'),
    }),
    anchor: header,
    moneyCard: money?.card ?? null,
    budgetType: budgetText === null ? null : isLabel(budgetText, LABELS.oneTimeBudget) ? 'PACKAGE' : 'MONTHLY',
  };
}

/** A visible control (button/link/menu item) whose label is one of `labels`. */
export function findControl(root: ParentNode, selector: string, labels: readonly string[]): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) if (isLabel(textOf(el), labels)) return el;
  return null;
}
