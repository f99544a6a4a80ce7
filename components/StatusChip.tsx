/** A customer's status as a small coloured chip; the colour comes from `data-status` in the stylesheet. */
import type { CustomerStatus } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';

const LABELS: Readonly<Record<CustomerStatus, MessageKey>> = {
  blocked: 'statusBlocked',
  frozen: 'statusFrozen',
  low: 'statusLow',
  ok: 'statusOk',
  'not-applicable': 'chipReferral',
  unknown: 'statusUnknown',
};

export function StatusChip(props: { status: CustomerStatus }) {
  return (
    <span class="chip" data-status={props.status}>
      {t(LABELS[props.status])}
    </span>
  );
}
