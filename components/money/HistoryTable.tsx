/** The local history of money operations: who, what, when, outcome and the platform's transaction id. */
import { formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { MoneyOpView } from '@/utils/messages/money';
import { KIND_LABEL } from './labels';

const STATE_KEY = {
  pending: 'moStatusPending',
  sending: 'moStatusPending',
  unknown: 'moStatusUnknown',
  done: 'moStatusDone',
  'reconciled-done': 'moStatusDone',
  failed: 'moStatusFailed',
  'reconciled-not-done': 'moStatusNotDone',
} as const;

export function HistoryTable({ ops }: { ops: readonly MoneyOpView[] }) {
  const locale = intlLocale();
  if (ops.length === 0) return <p class="empty">{t('moHistoryEmpty')}</p>;
  return (
    <table class="history">
      <thead>
        <tr>
          <th>{t('moColTime')}</th>
          <th>{t('moColWhat')}</th>
          <th>{t('moCustomer')}</th>
          <th>{t('moColState')}</th>
          <th>{t('moColTransaction')}</th>
          <th>{t('moColWho')}</th>
        </tr>
      </thead>
      <tbody>
        {ops.flatMap((op) =>
          op.customers.map((c) => (
            <tr key={`${op.operationId}|${c.customerId}`} data-state={op.state}>
              <td>{new Date(op.createdAt).toLocaleString(locale)}</td>
              <td>
                {t(KIND_LABEL[op.kind])} {op.kind === 'unfreeze' ? '' : formatMoney(op.amount, op.currency, locale)}
              </td>
              <td>{c.name || c.customerId}</td>
              <td>{t(STATE_KEY[op.state])}</td>
              <td>
                <code>{c.transactionId ?? ''}</code>
              </td>
              <td>{op.actor.label}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
