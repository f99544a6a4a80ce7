/**
 * Customer mentions on any Partner Center page: table cells whose whole text is a 32-hex customer ID
 * (orders, vouchers, incentive details…). The customer list and detail have their own richer features.
 */
import { CUSTOMER_ID_RE, SEL, textOf } from '../selectors';

export interface Mention {
  customerId: string;
  cell: Element;
}

export function findMentions(root: ParentNode): Mention[] {
  const out: Mention[] = [];
  for (const cell of root.querySelectorAll(SEL.dataCell)) {
    const text = textOf(cell);
    if (CUSTOMER_ID_RE.test(text)) out.push({ customerId: text, cell });
  }
  return out;
}

/** The console header's "current account" when acting as a customer (切换角色 visible). */
export function readActingAccount(root: ParentNode, labels: readonly string[]): string | null {
  for (const el of root.querySelectorAll(SEL.currentAccount)) {
    const text = textOf(el);
    for (const label of labels) {
      if (text.startsWith(label)) return text.slice(label.length).replace(/^\s*[:：]\s*/, '') || null;
    }
  }
  return null;
}
