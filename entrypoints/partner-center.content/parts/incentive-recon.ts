/**
 * Page-level reconciliation for the incentive explainer: per-row explanations (utils/rules/incentives.ts) summed
 * into consumption → excluded parts by rule → incentive base → expected vs shown incentive.
 */
import type { IncentiveRow } from '@/utils/console/extract';
import type { DecimalString } from '@/utils/domain';
import type { IncentiveExplanation, IncFinding, IncRuleId } from '@/utils/rules/incentive-types';
import { explainIncentive } from '@/utils/rules/incentives';
import { addMoney, sumMoney } from '@/utils/rules/money';

export interface ExplainedRow {
  row: IncentiveRow;
  explanation: IncentiveExplanation;
  /** Findings worth a chip: INC-06 only when the list-price basis actually moved the base. */
  findings: IncFinding[];
}

export function explainRow(row: IncentiveRow, currentMonth: string): ExplainedRow {
  const explanation = explainIncentive({ row: row.input, shownIncentive: row.shownIncentive, currentMonth });
  const basisMoved = explanation.steps.some((s) => s.rule === 'INC-06');
  const findings = explanation.findings.filter((f) => f.rule !== 'INC-06' || basisMoved);
  return { row, explanation, findings };
}

export function rulesOf(findings: readonly IncFinding[]): IncRuleId[] {
  return [...new Set(findings.map((f) => f.rule))];
}

export interface Reconciliation {
  consumption: DecimalString;
  /** Sum of the steps' deltas per rule (negative = excluded), in rule order. */
  byRule: { rule: IncRuleId; delta: DecimalString }[];
  incentiveBase: DecimalString;
  /** Sum of expected incentives over rows that have a rate. */
  expected: DecimalString;
  shown: DecimalString;
  differing: number;
  total: number;
}

export function reconcile(rows: readonly ExplainedRow[]): Reconciliation {
  const byRule = new Map<IncRuleId, DecimalString>();
  for (const { explanation } of rows) {
    for (const step of explanation.steps) {
      if (step.rule) byRule.set(step.rule, addMoney(byRule.get(step.rule) ?? '0', step.delta));
    }
  }
  return {
    consumption: sumMoney(rows.map((r) => r.row.input.consumption)),
    byRule: [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, delta]) => ({ rule, delta })),
    incentiveBase: sumMoney(rows.map((r) => r.explanation.incentiveBase)),
    expected: sumMoney(
      rows.flatMap((r) => (r.explanation.expectedIncentive === null ? [] : [r.explanation.expectedIncentive])),
    ),
    shown: sumMoney(rows.flatMap((r) => (r.row.shownIncentive === null ? [] : [r.row.shownIncentive]))),
    differing: rows.filter((r) => r.findings.length > 0).length,
    total: rows.length,
  };
}
