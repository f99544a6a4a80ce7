/**
 * Which desktop notifications to show: a customer that ENTERS "cannot buy" (blocked/frozen) or drops under
 * the low threshold, compared with the state we last notified. Pure; notifier.ts does the I/O.
 */
import type { CustomerStatus, Site } from '../domain';
import { t } from '../i18n';

export type AlertCategory = 'blocked' | 'low';
export type NotifiedMap = Record<string, AlertCategory>;

export interface AlertSubject {
  customerId: string;
  name: string;
  category: AlertCategory;
}

/** More changes than this at once become one grouped notification per category. */
export const GROUP_OVER = 3;

export function categoryOf(status: CustomerStatus): AlertCategory | null {
  if (status === 'blocked' || status === 'frozen') return 'blocked';
  return status === 'low' ? 'low' : null;
}

/** New entries since `previous`, and the map to remember. Leaving a category forgets it (re-entry notifies). */
export function diffNotified<S extends { customerId: string; category: AlertCategory }>(
  previous: NotifiedMap,
  current: readonly S[],
): { entered: S[]; next: NotifiedMap } {
  const next: NotifiedMap = {};
  const entered: S[] = [];
  for (const s of current) {
    next[s.customerId] = s.category;
    const before = previous[s.customerId];
    // blocked → low is an improvement, not news.
    if (s.category === 'blocked' ? before !== 'blocked' : before === undefined) entered.push(s);
  }
  return { entered, next };
}

export interface PlannedNotification {
  id: string;
  title: string;
  message: string;
}

const ID_PREFIX = 'pa';

export function planNotifications(entered: readonly AlertSubject[], site: Site, now: number): PlannedNotification[] {
  const out: PlannedNotification[] = [];
  for (const category of ['blocked', 'low'] as const) {
    const list = entered.filter((s) => s.category === category);
    if (list.length === 0) continue;
    if (list.length > GROUP_OVER) {
      const names = list.slice(0, 3).map((s) => s.name);
      out.push({
        id: [ID_PREFIX, 'g', site, category, String(now)].join('|'),
        title: t(category === 'blocked' ? 'notifyGroupBlockedTitle' : 'notifyGroupLowTitle', list.length),
        message: t('notifyGroupMessage', names.join(', '), list.length - names.length),
      });
      continue;
    }
    for (const s of list) {
      out.push({
        id: [ID_PREFIX, 'c', site, s.customerId].join('|'),
        title: t(category === 'blocked' ? 'notifyBlockedTitle' : 'notifyLowTitle'),
        message: t(category === 'blocked' ? 'notifyBlockedMessage' : 'notifyLowMessage', s.name),
      });
    }
  }
  return out;
}

const CONSOLE = { cn: 'https://account.huaweicloud.com', intl: 'https://account-intl.huaweicloud.com' } as const;
const ID_RE = /^[0-9a-zA-Z_-]{1,64}$/;

/** Where a click on a notification goes: the customer's Partner Center page, or the customer list. */
export function notificationUrl(notificationId: string): string | null {
  const [prefix, kind, site, id] = notificationId.split('|');
  if (prefix !== ID_PREFIX || (site !== 'cn' && site !== 'intl')) return null;
  if (kind === 'c' && id && ID_RE.test(id)) return `${CONSOLE[site]}/obmgr/#/obmgr/customer/detail/${id}`;
  if (kind === 'g') return `${CONSOLE[site]}/obmgr/#/obmgr/customer/list`;
  return null;
}
