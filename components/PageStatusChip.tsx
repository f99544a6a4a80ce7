/**
 * A customer's money status injected next to a Partner Center row or mention. The hover card (money, data age)
 * is the native tooltip: a table can carry hundreds of chips, and one element each keeps annotation cheap.
 */
import type { CustomerStatus } from '@/utils/domain';

export interface PageStatusChipProps {
  status: CustomerStatus;
  label: string;
  /** Lines of the hover card, e.g. money and data age. */
  details: string[];
}

export function PageStatusChip({ status, label, details }: PageStatusChipProps) {
  const card = details.join('\n');
  return (
    <span class="pa-chip" data-status={status} title={card}>
      {label}
    </span>
  );
}
