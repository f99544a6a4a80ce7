/** The customer-detail banner: what the money state means on this site, and one-click fixes. */
import type { CustomerStatus } from '@/utils/domain';

export interface BannerAction {
  id: string;
  label: string;
  onClick(event: MouseEvent): void;
}

export interface ConsequenceBannerProps {
  status: CustomerStatus;
  title: string;
  effects: string[];
  fixes: BannerAction[];
  footnote: string;
}

export function ConsequenceBanner({ status, title, effects, fixes, footnote }: ConsequenceBannerProps) {
  return (
    <section class="pa-banner" data-status={status} role="alert">
      <strong class="pa-banner-title">{title}</strong>
      <ul class="pa-banner-effects">
        {effects.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
      <div class="pa-actions">
        {fixes.map((f) => (
          <button type="button" class="pa-btn" data-fix={f.id} onClick={f.onClick}>
            {f.label}
          </button>
        ))}
        <span class="pa-footnote">{footnote}</span>
      </div>
    </section>
  );
}
