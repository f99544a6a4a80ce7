/** The money a customer row shows: China balance (and debt, if any), or intl budget left, with its age. */
import { formatAge, formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { MoneySummary } from '@/utils/messages/customers';
import { isPositive } from '@/utils/rules/money';

export interface MoneyFigureProps {
  money: MoneySummary | null;
  /** Referral customers: Huawei bills them, the partner sees no money. */
  referral: boolean;
  now: number;
}

export function MoneyFigure({ money, referral, now }: MoneyFigureProps) {
  const locale = intlLocale();
  if (!money) {
    return <span class="money money-none">{t(referral ? 'moneyReferral' : 'moneyNone')}</span>;
  }
  const fmt = (amount: string) => formatMoney(amount, money.currency, locale);
  const age = formatAge(money.fetchedAt, now, locale);
  return (
    <span class="money" data-site={money.site}>
      {money.site === 'cn' ? (
        <>
          <span class="money-main">{t('moneyBalance', fmt(money.balance))}</span>
          {isPositive(money.debt) && <span class="money-debt">{t('moneyDebt', fmt(money.debt))}</span>}
        </>
      ) : (
        <span class="money-main">{t('moneyBudgetLeft', fmt(money.left), fmt(money.budget))}</span>
      )}
      <span class="age">{age}</span>
    </span>
  );
}
