/** Slim console banner while the partner acts as a customer after order on behalf. */
export interface ActingAsBannerProps {
  text: string;
  warning: string | null;
  switchLabel: string;
  onSwitch(event: MouseEvent): void;
}

export function ActingAsBanner({ text, warning, switchLabel, onSwitch }: ActingAsBannerProps) {
  return (
    <div class="pa-acting" data-warning={String(warning !== null)} role="status">
      <span class="pa-acting-text">{text}</span>
      {warning && <strong class="pa-acting-warning">{warning}</strong>}
      <button type="button" class="pa-btn" onClick={onSwitch}>
        {switchLabel}
      </button>
    </div>
  );
}
