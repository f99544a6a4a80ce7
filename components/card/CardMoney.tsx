/** The money state and its recent trend. */
import { formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { CustomerRow, MoneyTrendPoint } from '@/utils/messages/customers';
import { MoneyFigure } from '../MoneyFigure';
import { Sparkline } from '../Sparkline';

export function CardMoney(props: { row: CustomerRow; trend: readonly MoneyTrendPoint[]; now: number }) {
  const { row, trend } = props;
  const first = trend[0];
  const last = trend.at(-1);
  const currency = row.money?.currency;
  const label =
    first && last && currency
      ? t(
          'cardTrendLabel',
          trend.length,
          formatMoney(first.available, currency, intlLocale()),
          formatMoney(last.available, currency, intlLocale()),
        )
      : '';
  return (
    <section class="card-section" aria-labelledby="card-money">
      <h3 id="card-money">{t(row.money?.site === 'intl' ? 'cardBudget' : 'cardBalance')}</h3>
      <MoneyFigure money={row.money} referral={row.associationType === '1'} now={props.now} />
      {/* Numbers only for drawing: the figures shown as text stay exact decimals. */}
      <Sparkline values={trend.map((p) => Number(p.available))} label={label} />
    </section>
  );
}
