/** The typed amount and its confirmation, checked as the user types (the background checks again). */
import { useState } from 'preact/hooks';
import type { DecimalString } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { compareMoney } from '@/utils/rules/money';
import { validateSendAmount } from '@/utils/rules/money-input';

export interface Ceiling {
  max: DecimalString | null | undefined;
  message: 'moErrOverLimit' | 'moErrOverAllocatable' | 'moErrOverBalance' | 'moErrQuota';
}

export function useAmount(ceilings: readonly Ceiling[]) {
  const [amount, setAmount] = useState('');
  const [confirm, setConfirm] = useState('');
  const parsed = amount.trim() === '' ? null : validateSendAmount(amount);
  let error: string | null = null;
  let value: DecimalString | null = null;
  if (parsed && !parsed.ok) error = t('moErrAmount');
  if (parsed?.ok) {
    const over = ceilings.find((c) => c.max !== null && c.max !== undefined && compareMoney(parsed.value, c.max) > 0);
    if (over) error = t(over.message);
    else value = parsed.value;
  }
  const again = confirm.trim() === '' ? null : validateSendAmount(confirm);
  const matches = value !== null && again?.ok === true && compareMoney(again.value, value) === 0;
  const mismatch = confirm.trim() !== '' && value !== null && !matches;
  return { amount, confirm, setAmount, setConfirm, value, error, mismatch, ready: matches };
}
