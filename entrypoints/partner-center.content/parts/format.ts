/** Turning rule output and money into the strings the page UI shows (always through t()). */
import type { CustomerStatus, DataSource, DecimalString, MoneyState } from '@/utils/domain';
import { intlLocale, type MessageKey, t } from '@/utils/i18n';
import type { RuleMessage } from '@/utils/rules/message';
import { formatMoney } from '@/utils/rules/money-display';
import { availableMoney } from '@/utils/rules/status';

export function money(amount: DecimalString, currency: MoneyState['currency']): string {
  return formatMoney(amount, currency, intlLocale());
}

export const STATUS_KEY: Record<CustomerStatus, MessageKey> = {
  blocked: 'statusBlocked',
  frozen: 'statusFrozen',
  low: 'statusLow',
  ok: 'statusOk',
  unknown: 'statusUnknown',
  'not-applicable': 'statusNotApplicable',
};

/** "Available balance ¥12.00" / "Budget left $3.00 of $10.00"; null without money. */
export function moneyLine(m: MoneyState | null): string | null {
  if (!m) return null;
  const left = availableMoney(m);
  if (left === null) return null;
  return m.site === 'cn'
    ? t('chipBalance', money(left, m.currency))
    : t('chipBudget', money(left, m.currency), money(m.budget, m.currency));
}

/** "figures from this page" or "data from 5 minutes ago". */
export function ageLine(source: DataSource, fetchedAt: number, now = Date.now()): string {
  if (source === 'page') return t('dataFromPage');
  const minutes = Math.round((fetchedAt - now) / 60_000);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  const text =
    Math.abs(minutes) < 60
      ? rtf.format(minutes, 'minute')
      : Math.abs(minutes) < 48 * 60
        ? rtf.format(Math.round(minutes / 60), 'hour')
        : rtf.format(Math.round(minutes / 1440), 'day');
  return t('dataAge', text);
}

const isDecimal = (p: string | number): p is string => typeof p === 'string' && /^-?\d+(\.\d+)?$/.test(p);

/** Which params of a rule message are money (formatted with the currency); the rest are shown as given. */
const MONEY_PARAMS: Partial<Record<string, readonly number[]>> = {
  incCouponExcluded: [0],
  incListPriceBasis: [0, 2],
  incRounding: [0],
  incDiscountedConsumption: [0, 1],
  incStepConsumption: [0],
  incStepListPriceBasis: [0],
  incStepCouponExcluded: [0],
  incPayoutFormula: [1],
};

/** Translates a rule message; rule keys are locale keys by contract (utils/rules/message.ts). */
export function ruleText(m: RuleMessage<string>, currency: MoneyState['currency']): string {
  const moneyAt = MONEY_PARAMS[m.key] ?? [];
  const params = m.params.map((p, i) => (moneyAt.includes(i) && isDecimal(p) ? money(p, currency) : p));
  return t(m.key as MessageKey, ...params);
}
