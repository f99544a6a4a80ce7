/** The money confirmation page: the form for one action, its typed confirmation, the outcome; or the history. */

import { KIND_LABEL, TITLE } from '@/components/money/labels';
import { OperationResult } from '@/components/money/OperationResult';
import { t } from '@/utils/i18n';
import type { MoneyKind, MoneyPreview } from '@/utils/messages/money';
import { BudgetForm, TransferForm, UnfreezeForm, VoucherForm } from './Forms';
import { HistoryView } from './HistoryView';
import type { ConfirmParams } from './params';
import { useOperation } from './useOperation';

function Customers({ preview }: { preview: MoneyPreview }) {
  return (
    <ul class="customers">
      {preview.customers.map((c) => (
        <li key={c.customerId} data-customer={c.customerId}>
          <strong>{c.name || c.accountName}</strong> <span class="muted">{t('moCustomerId', c.customerId)}</span>
          {c.associationType === '1' && <p class="warn">{t('moReferral')}</p>}
          {c.frozen !== 0 && <span class="warn"> · {t('moFrozen')}</span>}
        </li>
      ))}
      {preview.missing.map((id) => (
        <li key={id} class="error">
          {t('moCustomerUnknown', id)}
        </li>
      ))}
    </ul>
  );
}

function Flow({ kind, customerIds }: { kind: MoneyKind; customerIds: string[] }) {
  const op = useOperation(kind, customerIds);
  const { preview } = op;
  const Form =
    kind === 'allocate' || kind === 'reclaim'
      ? TransferForm
      : kind === 'issue-voucher'
        ? VoucherForm
        : kind === 'set-budget'
          ? BudgetForm
          : UnfreezeForm;
  const blocked = preview
    ? preview.missing.length > 0 || preview.customers.some((c) => c.associationType !== '2')
    : true;
  return (
    <main data-kind={kind}>
      <h1>{t(TITLE[kind])}</h1>
      {preview && <p class="muted actor">{t('moActor', preview.actor.label)}</p>}
      {!preview && !op.error && <p>{t('moLoading')}</p>}
      {op.error && (
        <p class="error" role="alert">
          {op.error}
        </p>
      )}
      {preview && <Customers preview={preview} />}
      {preview?.open.map((o) => (
        <p key={o.operationId} class="warn">
          {t('moBusy', t(KIND_LABEL[o.kind]), new Date(o.createdAt).toLocaleString())}
        </p>
      ))}
      {op.result ? (
        <OperationResult
          op={op.result.operation}
          refreshed={op.result.refreshed}
          checking={op.checking}
          onCheck={() => void op.check()}
          onSendAgain={op.sendAgain}
        />
      ) : (
        preview && !blocked && <Form preview={preview} sending={op.sending} onSubmit={(p) => void op.submit(p)} />
      )}
      {op.sending && <p class="sending">{t('moSending')}</p>}
      <p>
        <a href="?action=history">{t('moOpenHistory')}</a>
      </p>
    </main>
  );
}

export function App({ params }: { params: ConfirmParams }) {
  if (!params) {
    return (
      <main>
        <p class="error">{t('moBadAction')}</p>
      </main>
    );
  }
  if (params.action === 'history') return <HistoryView />;
  return <Flow kind={params.action} customerIds={params.customerIds} />;
}
