/** Incentive explainer UI: a chip per differing row (rules named, reasons listed) and the page reconciliation. */
export interface IncentiveChipProps {
  rules: string[];
  title: string;
  lines: { rule: string; text: string }[];
}

export function IncentiveChip({ rules, title, lines }: IncentiveChipProps) {
  return (
    <details class="pa-inc" data-rules={rules.join(' ')}>
      <summary class="pa-chip" data-status="info" title={title}>
        {rules.join(' · ')}
      </summary>
      <ul class="pa-inc-lines">
        {lines.map((l) => (
          <li data-rule={l.rule}>
            <b>{l.rule}</b> {l.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface ReconLine {
  id: string;
  label: string;
  amount: string;
}

export interface IncentivePanelProps {
  title: string;
  lines: ReconLine[];
  notes: string[];
}

export function IncentivePanel({ title, lines, notes }: IncentivePanelProps) {
  return (
    <section class="pa-panel">
      <strong>{title}</strong>
      <table class="pa-recon">
        <tbody>
          {lines.map((l) => (
            <tr data-line={l.id}>
              <td>{l.label}</td>
              <td class="pa-amount">{l.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.map((n) => (
        <p class="pa-footnote">{n}</p>
      ))}
    </section>
  );
}
