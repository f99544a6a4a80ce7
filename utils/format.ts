/**
 * Display formatting for the UI: how old data is ("5 minutes ago" / "5分钟前") and money with its currency.
 * Money formatting itself lives in utils/rules/money-display.ts; this re-exports it so views have one import.
 */
import { t } from './i18n';

export { currencyOfSite, formatMoney } from './rules/money-display';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const rtfs = new Map<string, Intl.RelativeTimeFormat>();

function rtf(locale: string): Intl.RelativeTimeFormat {
  let f = rtfs.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    rtfs.set(locale, f);
  }
  return f;
}

/**
 * "just now" under a minute (also for times slightly in the future, as a skewed clock produces), then
 * minutes, hours and days ago.
 */
export function formatAge(at: number, now: number, locale: string): string {
  const elapsed = now - at;
  if (elapsed < MINUTE) return t('ageJustNow');
  if (elapsed < HOUR) return rtf(locale).format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf(locale).format(-Math.floor(elapsed / HOUR), 'hour');
  return rtf(locale).format(-Math.floor(elapsed / DAY), 'day');
}

/** A calendar date in the user's locale ("2025/3/1", "Mar 1, 2025"); '' for an unparseable time. */
export function formatDate(at: number | string, locale: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A time of day in the user's locale ("14:05:30", or "14:05" to the minute): when something happens next, e.g. a retry. */
export function formatTime(at: number, locale: string, precision: 'seconds' | 'minutes' = 'seconds'): string {
  const seconds = precision === 'seconds' ? ({ second: '2-digit' } as const) : {};
  return new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', ...seconds });
}

/** Whole minutes of a duration, rounded, at least 1: "the clock is 20 min off". */
export function wholeMinutes(ms: number): number {
  return Math.max(1, Math.round(Math.abs(ms) / MINUTE));
}
