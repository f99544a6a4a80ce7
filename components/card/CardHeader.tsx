/** Who the customer is: names, ID, association type, level, frozen state. */
import type { FrozenState } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';
import type { CustomerRow } from '@/utils/messages/customers';
import { StatusChip } from '../StatusChip';

const FROZEN: Readonly<Record<FrozenState, MessageKey>> = {
  0: 'cardNotFrozen',
  1: 'cardFrozenAccount',
  2: 'cardFrozenAccountAndResources',
};

export function CardHeader({ row }: { row: CustomerRow }) {
  return (
    <header class="card-head">
      <div class="card-title">
        <h2 id="card-title">{row.name || row.accountName}</h2>
        <StatusChip status={row.status} />
      </div>
      <dl class="facts">
        <dt>{t('cardAccount')}</dt>
        <dd>{row.accountName}</dd>
        <dt>{t('cardCustomerId')}</dt>
        <dd class="mono">{row.customerId}</dd>
        <dt>{t('cardAssociation')}</dt>
        <dd>{t(row.associationType === '2' ? 'associationReseller' : 'associationReferral')}</dd>
        <dt>{t('cardLevel')}</dt>
        <dd>{row.level ?? t('cardUnknown')}</dd>
        <dt>{t('cardFrozen')}</dt>
        <dd data-frozen={row.frozen}>{t(FROZEN[row.frozen])}</dd>
        {row.label && (
          <>
            <dt>{t('cardLabel')}</dt>
            <dd>{row.label}</dd>
          </>
        )}
      </dl>
    </header>
  );
}
