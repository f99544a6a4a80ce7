/**
 * Incentive details (激励明细) → the explainer's input rows (utils/rules/incentive-types.ts). Every signal is read
 * from a named column or a remark; a missing column leaves its field undefined so its rule simply does not fire.
 */
import type { Site } from '@/utils/domain';
import type { IncentiveDetailRow, PayoutMethod } from '@/utils/rules/incentive-types';
import { divideMoney, parseAmount } from '@/utils/rules/money';
import { parseDisplayedMoney } from '@/utils/rules/money-display';
import { HEADERS, hasLabel, isLabel, LABELS, REMARKS, type RemarkName, SEL, textOf } from '../selectors';
import { cellOf, cellsOf, findTable, type TableView } from '../table';
import { parseAssociation } from './customers';

export interface IncentiveRow {
  row: Element;
  /** Where the chip goes: the incentive amount cell. */
  anchor: Element;
  key: string;
  customerId: string | null;
  input: IncentiveDetailRow;
  shownIncentive: string | null;
}

const OPTIONAL = [
  'period',
  'consumptionMonth',
  'customerId',
  'orderId',
  'region',
  'programme',
  'payout',
  'listPrice',
  'discount',
  'couponPaid',
  'rate',
  'remarks',
  'associationType',
] as const;

export function findIncentiveTable(root: ParentNode): TableView | null {
  return findTable(root, ['consumption', 'incentive'], OPTIONAL);
}

const money = (text: string | null) => {
  if (text === null) return undefined;
  const m = parseDisplayedMoney(text);
  return m.kind === 'amount' ? m.value : undefined;
};

/** "90%" → "0.9"; "--" → undefined. */
export function percentFactor(text: string | null): string | undefined {
  const m = /^(-?\d+(\.\d+)?)\s*%$/.exec(text?.trim() ?? '');
  const p = m?.[1] ? parseAmount(m[1]) : null;
  return p?.ok ? (divideMoney(p.value, '100') ?? undefined) : undefined;
}

const month = (text: string | null) => (text && /^\d{4}-\d{2}$/.test(text) ? text : undefined);

export function readIncentiveRows(view: TableView, site: Site): IncentiveRow[] {
  const out: IncentiveRow[] = [];
  view.rows.forEach((row, index) => {
    const cells = cellsOf(row);
    const text = (name: Parameters<typeof cellOf>[2]) => {
      const cell = cellOf(view, row, name, cells);
      return cell ? textOf(cell) : null;
    };
    const anchor = cellOf(view, row, 'incentive', cells);
    const consumption = money(text('consumption'));
    if (!anchor || consumption === undefined) return;
    const remarks = remarksOf(text('remarks') ?? '');
    const has = (r: RemarkName) => remarks.has(r);
    const programmeText = text('programme') ?? '';
    const input: IncentiveDetailRow = {
      consumption,
      listPrice: money(text('listPrice')),
      discountFactor: percentFactor(text('discount')),
      couponPaid: money(text('couponPaid')),
      rate: percentFactor(text('rate')),
      associationType: parseAssociation(text('associationType')) ?? undefined,
      consumptionMonth: month(text('consumptionMonth')),
      bookingMonth: month(text('period')),
      // INC-11 compares overseas regions with China: meaningful to China-site partners only [I].
      regionCode: site === 'cn' ? (text('region') ?? undefined) : undefined,
      programme: hasLabel(programmeText, LABELS.quarterly)
        ? 'quarterly'
        : hasLabel(programmeText, LABELS.yearly)
          ? 'yearly'
          : undefined,
      payoutMethod: payoutOf(text('payout')),
      incentivePolicy: has('notCovered') ? null : undefined,
      contractZeroIncentive: has('contractZero') || undefined,
      storedValueCardPurchase: has('storedValueCard') || undefined,
      performanceTransferred: has('transferred') || undefined,
      partnerEligible: has('partnerIneligible') ? false : undefined,
      thresholdMet: has('thresholdNotMet') ? false : undefined,
      frozen: has('frozen') || undefined,
      priceAdjusted: has('priceAdjusted') || undefined,
      kooGallerySelect: has('kooSelectNoId') || undefined,
      partnerIdEntered: has('kooSelectNoId') ? false : undefined,
      refund: has('refund') || undefined,
    };
    const customerId = text('customerId');
    out.push({
      row,
      anchor,
      key: text('orderId') || `row-${index}`,
      customerId,
      input: stripUndefined(input),
      shownIncentive: money(textOf(anchor)) ?? null,
    });
  });
  return out;
}

function remarksOf(text: string): Set<RemarkName> {
  const found = new Set<RemarkName>();
  for (const name of Object.keys(REMARKS) as RemarkName[]) if (hasLabel(text, REMARKS[name])) found.add(name);
  return found;
}

function payoutOf(text: string | null): PayoutMethod | undefined {
  if (text === null) return undefined;
  return hasLabel(text, LABELS.voucherQuota) ? 'voucher-quota' : 'return-to-account';
}

/** exactOptionalPropertyTypes-friendly: drop keys whose value is undefined. */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The page's own running total ("合计 消费金额: ¥… 激励金额: ¥…"): a block whose first child is the total label. */
export function readRunningTotal(root: ParentNode): { consumption: string | null; incentive: string | null } | null {
  for (const el of root.querySelectorAll(SEL.summary)) {
    const first = el.firstElementChild;
    if (!first || first.childElementCount > 0 || !isLabel(textOf(first), LABELS.total)) continue;
    const parts = [...el.children].slice(1).map(textOf);
    const pick = (labels: readonly string[]) => {
      const part = parts.find((p) => labels.some((l) => p.startsWith(l)));
      return part ? (money(part.split(/[:：]/).pop() ?? null) ?? null) : null;
    };
    return { consumption: pick(HEADERS.consumption), incentive: pick(HEADERS.incentive) };
  }
  return null;
}
