/** Vouchers (usable, expiring within 7 days) and resources expiring within 7/15/30 days. */
import { formatDate, formatMoney } from '@/utils/format';
import { intlLocale, t } from '@/utils/i18n';
import type { ExpiringBrief, VoucherBrief } from '@/utils/messages/customers';

const SHOWN = 5;

export function CardVouchers({ vouchers }: { vouchers: VoucherBrief | null }) {
  const money = (amount: string, currency: VoucherBrief['currency']) => formatMoney(amount, currency, intlLocale());
  return (
    <section class="card-section" aria-labelledby="card-vouchers">
      <h3 id="card-vouchers">{t('cardVouchers')}</h3>
      {vouchers === null ? (
        <p class="muted">{t('cardNotSynced')}</p>
      ) : (
        <p>
          {t('cardVouchersUsable', vouchers.usableCount, money(vouchers.usableBalance, vouchers.currency))}
          {vouchers.expiringCount > 0 && (
            <strong class="warn">
              {' '}
              {t(
                'cardVouchersExpiring',
                vouchers.expiringCount,
                money(vouchers.expiringBalance, vouchers.currency),
                vouchers.expiringDays,
              )}
            </strong>
          )}
        </p>
      )}
    </section>
  );
}

export function CardExpiring({ expiring }: { expiring: ExpiringBrief | null }) {
  return (
    <section class="card-section" aria-labelledby="card-expiring">
      <h3 id="card-expiring">{t('cardExpiring')}</h3>
      {expiring === null ? (
        <p class="muted">{t('cardNotSynced')}</p>
      ) : (
        <>
          <p class="counts">
            {t('cardExpiringCounts', expiring.within7.length, expiring.within15.length, expiring.within30.length)}
          </p>
          {expiring.within7.length > 0 && (
            <ul class="expiring">
              {expiring.within7.slice(0, SHOWN).map((r) => (
                <li key={r.resourceId}>
                  <span>{r.name || r.resourceId}</span> <span class="muted">{r.serviceTypeCode}</span>{' '}
                  <time dateTime={r.expireTime}>{formatDate(r.expireTime, intlLocale())}</time>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
