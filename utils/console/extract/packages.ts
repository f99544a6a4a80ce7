/**
 * Resource packages (资源包) in the user center: one row per package with name, total, remaining, validity and
 * reset cycle, read by header text (bss-api.md §4.9 fields as the page shows them). The page writes times on the
 * Beijing wall clock (UTC+8) and quantities as "<number> <unit>".
 */
import type { DecimalString } from '@/utils/domain';
import type { PackageQuotaInput } from '@/utils/rules/package-quota';
import type { ReuseCycle } from '@/utils/rules/reset-cycle';
import { parseInstant, toIso } from '@/utils/rules/time';
import { hasLabel, LABELS } from '../selectors';
import { cellOf, cellText, findTable, type TableView } from '../table';

export interface PackageRow {
  row: Element;
  /** Where the quota note goes. */
  nameCell: Element;
  name: string;
  unit: string;
  input: PackageQuotaInput;
}

export function findPackageTable(root: ParentNode): TableView | null {
  return findTable(root, ['packageName', 'packageTotal', 'packageRemaining', 'validity', 'resetCycle']);
}

const QTY_RE = /^(-?\d+(?:\.\d+)?)\s*(.*)$/;

/** "40 GB" → { amount: "40", unit: "GB" }; thousands separators dropped. */
export function parseQuantity(text: string | null): { amount: DecimalString; unit: string } | null {
  const m = QTY_RE.exec((text ?? '').replace(/,/g, '').trim());
  return m?.[1] === undefined ? null : { amount: m[1] as DecimalString, unit: m[2] ?? '' };
}

/** "2026-01-01 00:00:00 ~ 2027-01-01 00:00:00" (Beijing time) → ISO instants. */
export function parseValidity(text: string | null): { from?: string; to?: string } {
  const [a, b] = (text ?? '').split(/\s*[~至]\s*/);
  const at = (s: string | undefined) => {
    const ms = s ? parseInstant(`${s.trim().replace(' ', 'T')}+08:00`) : null;
    return ms === null ? undefined : toIso(ms);
  };
  return { from: at(a), to: at(b) };
}

const CYCLES: ReadonlyArray<[ReuseCycle, readonly string[]]> = [
  [1, LABELS.cycleHour],
  [2, LABELS.cycleDay],
  [3, LABELS.cycleWeek],
  [4, LABELS.cycleMonth],
  [5, LABELS.cycleYear],
];

/** The reset cell → quota_reuse_mode / cycle / cycle type; null when the text is not recognised. */
export function parseReset(
  text: string | null,
): Pick<PackageQuotaInput, 'quotaReuseMode' | 'quotaReuseCycle' | 'quotaReuseCycleType'> | null {
  if (!text) return null;
  if (hasLabel(text, LABELS.notResettable)) return { quotaReuseMode: 2 };
  const cycle = CYCLES.find(([, labels]) => hasLabel(text, labels))?.[0];
  if (cycle === undefined) return null;
  const type = hasLabel(text, LABELS.subscriptionCycle) ? 2 : hasLabel(text, LABELS.naturalCycle) ? 1 : undefined;
  return { quotaReuseMode: 1, quotaReuseCycle: cycle, quotaReuseCycleType: type };
}

export function readPackageRows(view: TableView): PackageRow[] {
  const out: PackageRow[] = [];
  for (const row of view.rows) {
    const nameCell = cellOf(view, row, 'packageName');
    const total = parseQuantity(cellText(view, row, 'packageTotal'));
    const left = parseQuantity(cellText(view, row, 'packageRemaining'));
    const reset = parseReset(cellText(view, row, 'resetCycle'));
    if (!nameCell || !total || !left || !reset) continue;
    const { from, to } = parseValidity(cellText(view, row, 'validity'));
    out.push({
      row,
      nameCell,
      name: cellText(view, row, 'packageName') ?? '',
      unit: total.unit,
      input: { ...reset, amount: left.amount, originalAmount: total.amount, effectiveTime: from, expireTime: to },
    });
  }
  return out;
}
