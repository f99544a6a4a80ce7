/** Label/value pairs of money figures (balance, debt, allocatable, limit, balance after…). */

import type { Currency, DecimalString } from '@/utils/domain';
import { formatMoney } from '@/utils/format';
import { intlLocale, type MessageKey, t } from '@/utils/i18n';

export interface Figure {
  label: MessageKey;
  amount: DecimalString | null;
  /** Emphasised (e.g. the balance after the operation). */
  strong?: boolean;
}

export function MoneyFigures({ figures, currency }: { figures: readonly Figure[]; currency: Currency }) {
  const locale = intlLocale();
  return (
    <dl class="figures">
      {figures.map((f) => (
        <div key={f.label} class={f.strong ? 'figure strong' : 'figure'} data-figure={f.label}>
          <dt>{t(f.label)}</dt>
          <dd>{f.amount === null ? '—' : formatMoney(f.amount, currency, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
