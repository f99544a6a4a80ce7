/**
 * Toolbar badge: how many reseller customers cannot buy (blocked or frozen), red; when none, how many run
 * low, amber; nothing when all is well. The tooltip spells the counts out and says when data is stale.
 */
import type { Db } from '../cache/db';
import { AT_RISK_STATUSES, type AtRiskList, countCustomersByStatus } from '../cache/repositories';
import type { CustomerStatus, PartnerScope } from '../domain';
import { t } from '../i18n';
import { zeroStatusCounts } from '../rules/status';

export const BADGE_COLORS = { atRisk: '#C62828', low: '#F9A825', none: '#9E9E9E' } as const;

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgeContext {
  locked: boolean;
  stale: boolean;
}

export function badgeView(counts: Record<CustomerStatus, number> | null, ctx: BadgeContext): BadgeView {
  const name = t('extName');
  if (!counts) return { text: '', color: BADGE_COLORS.none, title: name };
  const atRisk = counts.blocked + counts.frozen;
  const lines = [name, t('badgeAtRisk', atRisk, counts.blocked, counts.frozen), t('badgeLow', counts.low)];
  if (ctx.stale) lines.push(t('badgeStale'));
  if (ctx.locked) lines.push(t('badgeLocked'));
  const title = lines.join('\n');
  if (atRisk > 0) return { text: badgeNumber(atRisk), color: BADGE_COLORS.atRisk, title };
  if (counts.low > 0) return { text: badgeNumber(counts.low), color: BADGE_COLORS.low, title };
  return { text: '', color: BADGE_COLORS.none, title };
}

/** The badge fits about four characters. */
function badgeNumber(n: number): string {
  return n > 9999 ? '9999+' : String(n);
}

/** The part of `browser.action` the badge uses (a stub in unit tests). */
export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** Badge counts from a list of customers at risk (the other statuses read 0: the badge does not show them). */
export function countsOf(atRisk: AtRiskList): Record<CustomerStatus, number> {
  const counts = zeroStatusCounts();
  for (const { status } of atRisk) counts[status]++;
  return counts;
}

/**
 * Counts (IndexedDB keeps none: counting walks the status index, so only the shown statuses are counted, or
 * taken from `atRisk` when the caller has just read it for the notifier) and sets the badge.
 */
export async function refreshBadge(
  db: Db,
  scope: PartnerScope | null,
  action: ActionApi,
  ctx: BadgeContext,
  atRisk?: AtRiskList,
): Promise<BadgeView> {
  let counts: Record<CustomerStatus, number> | null = null;
  if (scope) counts = atRisk ? countsOf(atRisk) : await countCustomersByStatus(db, scope, AT_RISK_STATUSES);
  const view = badgeView(counts, ctx);
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.color }),
    action.setTitle({ title: view.title }),
  ]);
  return view;
}
