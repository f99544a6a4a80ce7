/**
 * A customer's money status injected next to a Partner Center row or mention. The hover card (money, data age)
 * is the native tooltip: a table can carry hundreds of chips, and one element each keeps annotation cheap.
 */
import type { CustomerStatus } from '@/utils/domain';
import type { BannerAction } from './ConsequenceBanner';

export interface PageStatusChipProps {
  status: CustomerStatus;
  label: string;
  /** Lines of the hover card, e.g. money and data age. */
  details: string[];
  /** One-click fix next to the chip (list rows of customers who cannot buy). */
  fix?: BannerAction | null;
}

export function PageStatusChip({ status, label, details, fix }: PageStatusChipProps) {
  const card = details.join('\n');
  const chip = (
    <span class="pa-chip" data-status={status} title={card}>
      {label}
    </span>
  );
  if (!fix) return chip;
  return (
    <>
      {chip}
      <button type="button" class="pa-btn pa-chip-fix" data-fix={fix.id} onClick={fix.onClick}>
        {fix.label}
      </button>
    </>
  );
}
