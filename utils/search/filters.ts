/** The list filters ("at risk only", association type, label), applied before matching. */
import type { AssociationType, CustomerStatus } from '@/utils/domain';
import { isAtRisk } from '@/utils/rules/status';

export interface SearchFilters {
  /** Only customers that cannot buy right now (blocked or frozen, utils/rules/status.ts `isAtRisk`). */
  atRiskOnly?: boolean;
  associationType?: AssociationType;
  /** Exact label as the Partner Center shows it. */
  label?: string;
}

export interface FilterableRow {
  status: CustomerStatus;
  associationType: AssociationType;
  label?: string | undefined;
}

export function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.atRiskOnly || f.associationType || f.label);
}

export function passesFilters(row: FilterableRow, f: SearchFilters): boolean {
  if (f.atRiskOnly && !isAtRisk(row.status)) return false;
  if (f.associationType && row.associationType !== f.associationType) return false;
  if (f.label && row.label !== f.label) return false;
  return true;
}

/** Distinct non-empty labels, sorted, for the label filter's options. */
export function distinctLabels(rows: readonly FilterableRow[]): string[] {
  const set = new Set<string>();
  for (const r of rows) if (r.label) set.add(r.label);
  return [...set].sort((a, b) => a.localeCompare(b));
}
