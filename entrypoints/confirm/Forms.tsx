/** One form per flow: figures from the background, the amount typed twice, a submit disabled while sending. */
import { useState } from 'preact/hooks';
import { AmountConfirm } from '@/components/money/AmountConfirm';
import { type Figure, MoneyFigures } from '@/components/money/MoneyFigures';
import { formatDate, formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { MoneyPreview } from '@/utils/messages/money';
import { addMoney, multiplyMoney, subtractMoney } from '@/utils/rules/money';
import { useAmount } from './useAmount';
import type { Payload } from './useOperation';

export interface FormProps {
  preview: MoneyPreview;
  sending: boolean;
  onSubmit: (payload: Payload) => void;
}

function Submit({ ready, sending }: { ready: boolean; sending: boolean }) {
  return (
    <button type="submit" class="primary" disabled={!ready || sending}>
      {t('moSubmit')}
    </button>
  );
}

const submitWith = (fn: () => void) => (e: Event) => {
  e.preventDefault();
  fn();
};

export function TransferForm({ preview, sending, onSubmit }: FormProps) {
  const customer = preview.customers[0];
  const money = customer?.money?.site === 'cn' ? customer.money : null;
  const allocate = preview.kind === 'allocate';
  const a = useAmount([
    allocate
      ? { max: preview.allocatable, message: 'moErrOverAllocatable' }
      : { max: money?.balance, message: 'moErrOverBalance' },
    { max: preview.limit, message: 'moErrOverLimit' },
  ]);
  const after =
    money && a.value ? (allocate ? addMoney(money.balance, a.value) : subtractMoney(money.balance, a.value)) : null;
  const figures: Figure[] = [
    { label: 'moBalance', amount: money?.balance ?? null },
    { label: 'moDebt', amount: money?.debt ?? null },
    ...(allocate ? [{ label: 'moAllocatable' as const, amount: preview.allocatable }] : []),
    { label: 'moLimit', amount: preview.limit },
    { label: 'moBalanceAfter', amount: after, strong: true },
  ];
  const kind = allocate ? 'allocate' : 'reclaim';
  const send = () =>
    customer && onSubmit({ kind, customerId: customer.customerId, amount: a.amount, confirmAmount: a.confirm });
  return (
    <form onSubmit={submitWith(send)}>
      <MoneyFigures figures={figures} currency={preview.currency} />
      <AmountConfirm
        label="moAmount"
        {...a}
        onAmount={a.setAmount}
        onConfirm={a.setConfirm}
        amountError={a.error}
        disabled={sending}
      />
      <Submit ready={a.ready} sending={sending} />
    </form>
  );
}

export function BudgetForm({ preview, sending, onSubmit }: FormProps) {
  const customer = preview.customers[0];
  const money = customer?.money?.site === 'intl' ? customer.money : null;
  const [budgetType, setBudgetType] = useState<'MONTHLY' | 'PACKAGE'>(money?.budgetType ?? 'MONTHLY');
  const [unfreeze, setUnfreeze] = useState(customer ? customer.frozen !== 0 : false);
  const a = useAmount([{ max: preview.limit, message: 'moErrOverLimit' }]);
  const figures: Figure[] = [
    { label: 'moBudget', amount: money?.budget ?? null },
    { label: 'moUsed', amount: money?.used ?? null },
    { label: 'moLimit', amount: preview.limit },
  ];
  const send = () =>
    customer &&
    onSubmit({
      kind: 'set-budget',
      customerId: customer.customerId,
      amount: a.amount,
      confirmAmount: a.confirm,
      budgetType,
      unfreeze,
    });
  return (
    <form onSubmit={submitWith(send)}>
      <MoneyFigures figures={figures} currency={preview.currency} />
      <label>
        {t('moBudgetType')}
        <select
          value={budgetType}
          disabled={sending}
          onChange={(e) => setBudgetType(e.currentTarget.value === 'PACKAGE' ? 'PACKAGE' : 'MONTHLY')}
        >
          <option value="MONTHLY">{t('moBudgetMonthly')}</option>
          <option value="PACKAGE">{t('moBudgetOnce')}</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={unfreeze}
          disabled={sending}
          onChange={(e) => setUnfreeze(e.currentTarget.checked)}
        />{' '}
        {t('moUnfreezeToo')}
      </label>
      <AmountConfirm
        label="moAmount"
        {...a}
        onAmount={a.setAmount}
        onConfirm={a.setConfirm}
        amountError={a.error}
        disabled={sending}
      />
      <Submit ready={a.ready} sending={sending} />
    </form>
  );
}

/** datetime-local ("2025-03-01T08:00") in local time → UTC ISO; '' → undefined. */
const toIso = (local: string) => (local ? new Date(local).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined);

export function VoucherForm({ preview, sending, onSubmit }: FormProps) {
  const locale = intlLocale();
  const [quotaId, setQuotaId] = useState(preview.quotas[0]?.quotaId ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const quota = preview.quotas.find((q) => q.quotaId === quotaId);
  const a = useAmount([{ max: quota?.balance, message: 'moErrQuota' }]);
  const n = preview.customers.length;
  if (preview.quotas.length === 0) return <p class="warn">{t('moNoQuota')}</p>;
  const total = a.value ? multiplyMoney(a.value, String(n)) : null;
  const send = () => {
    const validTime = toIso(from);
    const expireTime = toIso(to);
    onSubmit({
      kind: 'issue-voucher',
      customerIds: preview.customers.map((c) => c.customerId),
      amount: a.amount,
      confirmAmount: a.confirm,
      quotaId,
      ...(validTime ? { validTime } : {}),
      ...(expireTime ? { expireTime } : {}),
    });
  };
  return (
    <form onSubmit={submitWith(send)}>
      <label>
        {t('moQuota')}
        <select value={quotaId} disabled={sending} onChange={(e) => setQuotaId(e.currentTarget.value)}>
          {preview.quotas.map((q) => (
            <option key={q.quotaId} value={q.quotaId}>
              {t(
                'moQuotaOption',
                formatMoney(q.balance, preview.currency, locale),
                formatDate(q.effectiveTime, locale),
                formatDate(q.expireTime, locale),
              )}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('moValidFrom')}
        <input type="datetime-local" value={from} disabled={sending} onInput={(e) => setFrom(e.currentTarget.value)} />
      </label>
      <label>
        {t('moValidTo')}
        <input type="datetime-local" value={to} disabled={sending} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      <MoneyFigures figures={[{ label: 'moLimit', amount: preview.limit }]} currency={preview.currency} />
      <AmountConfirm
        label="moFaceValue"
        {...a}
        onAmount={a.setAmount}
        onConfirm={a.setConfirm}
        amountError={a.error}
        disabled={sending}
      />
      {total && <p class="total">{t('moTotal', formatMoney(total, preview.currency, locale), n)}</p>}
      <Submit ready={a.ready} sending={sending} />
    </form>
  );
}

export function UnfreezeForm({ preview, sending, onSubmit }: FormProps) {
  const customer = preview.customers[0];
  const send = () => customer && onSubmit({ kind: 'unfreeze', customerId: customer.customerId });
  return (
    <form onSubmit={submitWith(send)}>
      <Submit ready={!!customer} sending={sending} />
    </form>
  );
}
