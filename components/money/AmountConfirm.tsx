/** The amount and its typed confirmation ("type the amount again"): the page cannot submit until both match. */
import { t } from '@/utils/i18n';

export interface AmountConfirmProps {
  label: 'moAmount' | 'moFaceValue';
  amount: string;
  confirm: string;
  onAmount: (value: string) => void;
  onConfirm: (value: string) => void;
  /** Shown under the amount (invalid, over a ceiling). */
  amountError: string | null;
  mismatch: boolean;
  disabled: boolean;
}

export function AmountConfirm(p: AmountConfirmProps) {
  return (
    <div class="amount-confirm">
      <label>
        {t(p.label)}
        <input
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={p.amount}
          disabled={p.disabled}
          onInput={(e) => p.onAmount(e.currentTarget.value)}
        />
      </label>
      {p.amountError && <p class="error">{p.amountError}</p>}
      <label>
        {t('moConfirmAmount')}
        <input
          name="confirm"
          inputMode="decimal"
          autoComplete="off"
          value={p.confirm}
          disabled={p.disabled}
          // Typed, not pasted: the point is to read the amount a second time.
          onPaste={(e) => e.preventDefault()}
          onInput={(e) => p.onConfirm(e.currentTarget.value)}
        />
      </label>
      {p.mismatch && <p class="error">{t('moConfirmMismatch')}</p>}
    </div>
  );
}
