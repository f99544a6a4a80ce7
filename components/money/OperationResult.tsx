/**
 * What happened to an operation: done (with the transaction id), failed (why), or unknown → being checked
 * against the platform's records, then its verdict. Per customer for vouchers. Props in, JSX out.
 */
import { formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { MoneyOpView, PreviewCustomer } from '@/utils/messages/money';
import { CUSTOMER_STATUS, failureText } from './labels';

export interface OperationResultProps {
  op: MoneyOpView;
  refreshed: readonly PreviewCustomer[];
  checking: boolean;
  onCheck: () => void;
  onSendAgain: () => void;
}

function Headline({ op, checking }: { op: MoneyOpView; checking: boolean }) {
  const id = op.customers.find((c) => c.transactionId)?.transactionId;
  switch (op.state) {
    case 'done':
      return <p class="result ok">{id ? t('moDone', id) : t('moDoneNoId')}</p>;
    case 'reconciled-done':
      return <p class="result ok">{t('moReconciledDone', id ?? '—')}</p>;
    case 'reconciled-not-done':
      return <p class="result warn">{t('moReconciledNotDone')}</p>;
    case 'failed':
      return <p class="result bad">{t('moFailed', failureText(op))}</p>;
    default:
      return <p class="result unknown">{checking ? t('moUnknown') : t('moUnknownWaiting')}</p>;
  }
}

export function OperationResult({ op, refreshed, checking, onCheck, onSendAgain }: OperationResultProps) {
  const locale = intlLocale();
  const many = op.customers.length > 1;
  const ambiguous = op.reconcile?.ambiguous ?? [];
  return (
    <section class="operation" data-state={op.state}>
      <Headline op={op} checking={checking} />
      {ambiguous.length > 0 && <p class="warn">{t('moAmbiguous', ambiguous.map((a) => a.transactionId).join(', '))}</p>}
      {many && (
        <ul class="per-customer">
          {op.customers.map((c) => (
            <li key={c.customerId} data-status={c.status}>
              <span class="name">{c.name || c.customerId}</span>{' '}
              <span class="status">{t(CUSTOMER_STATUS[c.status])}</span>
              {c.transactionId && <code>{c.transactionId}</code>}
              {c.status === 'failed' && <span class="why">{failureText(op, c)}</span>}
            </li>
          ))}
        </ul>
      )}
      {refreshed.map((c) =>
        c.money?.site === 'cn' ? (
          <p key={c.customerId} class="new-figure">
            {t('moNewBalance', formatMoney(c.money.balance, op.currency, locale))}
          </p>
        ) : c.money?.site === 'intl' ? (
          <p key={c.customerId} class="new-figure">
            {t(
              'moNewBudget',
              formatMoney(c.money.budget, op.currency, locale),
              formatMoney(c.money.used, op.currency, locale),
            )}
          </p>
        ) : null,
      )}
      {op.state === 'unknown' && (
        <button type="button" onClick={onCheck} disabled={checking}>
          {t('moCheckAgain')}
        </button>
      )}
      {op.state === 'reconciled-not-done' && (
        <button type="button" onClick={onSendAgain}>
          {t('moSendAgain')}
        </button>
      )}
    </section>
  );
}
