/** One line above the customer table: how many customers on this page cannot buy or renew. */
export interface SummaryBarProps {
  atRisk: number;
  text: string;
  details: string[];
}

export function SummaryBar({ atRisk, text, details }: SummaryBarProps) {
  return (
    <div class="pa-summary" data-at-risk={String(atRisk)} role="status">
      <strong>{text}</strong>
      {details.map((d) => (
        <span class="pa-summary-detail">{d}</span>
      ))}
    </div>
  );
}
