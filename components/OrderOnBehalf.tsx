/** The "Order on behalf" quick action and, after a click, why it cannot proceed or what happened. */
import type { BannerAction } from './ConsequenceBanner';

export interface OobOutcome {
  kind: 'refused' | 'opened' | 'error';
  heading: string;
  reasons: { check: string; text: string; fix: BannerAction | null }[];
  unverified: string[];
  notes: string[];
}

export interface OrderOnBehalfProps {
  label: string;
  busy: boolean;
  outcome: OobOutcome | null;
  unverifiedHeading: string;
  onClick(event: MouseEvent): void;
}

export function OrderOnBehalf({ label, busy, outcome, unverifiedHeading, onClick }: OrderOnBehalfProps) {
  return (
    <span class="pa-oob">
      <button type="button" class="pa-btn pa-oob-button" disabled={busy} onClick={onClick}>
        {label}
      </button>
      {outcome && (
        <div class="pa-oob-outcome" data-kind={outcome.kind} role="status">
          <strong>{outcome.heading}</strong>
          <ul>
            {outcome.reasons.map((r) => (
              <li data-check={r.check}>
                {r.text}
                {r.fix && (
                  <button type="button" class="pa-link" data-fix={r.fix.id} onClick={r.fix.onClick}>
                    {r.fix.label}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {outcome.unverified.length > 0 && (
            <p class="pa-footnote">
              {unverifiedHeading} {outcome.unverified.join('; ')}
            </p>
          )}
          {outcome.notes.map((n) => (
            <p class="pa-footnote">{n}</p>
          ))}
        </div>
      )}
    </span>
  );
}
