/** One customer in full: identity, money and trend, vouchers, expiring resources, actions, last sync. */
import { formatAge } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { CustomerCard as CardData } from '@/utils/messages/customers';
import { checkOrderOnBehalf } from '@/utils/rules/order-on-behalf';
import { type CardAction, CardActions } from './card/CardActions';
import { CardHeader } from './card/CardHeader';
import { CardMoney } from './card/CardMoney';
import { CardExpiring, CardVouchers } from './card/CardSchedules';

export type { CardAction };

export interface CustomerCardProps {
  card: CardData;
  now: number;
  copied: boolean;
  onAction: (action: CardAction) => void;
  onBack: () => void;
}

export function CustomerCard({ card, now, copied, onAction, onBack }: CustomerCardProps) {
  const { row, scope } = card;
  const oob = checkOrderOnBehalf({
    site: scope.site,
    customer: row,
    money: moneyState(card),
    authorized: card.authorized,
  });
  const synced = card.syncedAt ?? row.fetchedAt;
  return (
    <article class="card" aria-labelledby="card-title">
      <button type="button" class="link back" onClick={onBack}>
        {t('cardBack')}
      </button>
      <CardHeader row={row} />
      <CardMoney row={row} trend={card.trend} now={now} />
      <CardVouchers vouchers={card.vouchers} />
      <CardExpiring expiring={card.expiring} />
      <CardActions
        site={scope.site}
        reseller={row.associationType === '2'}
        frozen={row.frozen !== 0}
        oob={oob}
        copied={copied}
        onAction={onAction}
      />
      <p class="muted synced">{t('cardLastSynced', formatAge(synced, now, intlLocale()))}</p>
    </article>
  );
}

/** The money summary back in the rules' shape. */
function moneyState(card: CardData) {
  const m = card.row.money;
  if (!m) return null;
  const customerId = card.row.customerId;
  return m.site === 'cn'
    ? { site: 'cn' as const, customerId, balance: m.balance, debt: m.debt, currency: m.currency }
    : {
        site: 'intl' as const,
        customerId,
        budget: m.budget,
        used: m.used,
        budgetType: m.budgetType,
        currency: m.currency,
      };
}
