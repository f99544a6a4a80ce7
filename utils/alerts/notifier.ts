/**
 * Shows the planned notifications and remembers what was notified per customer (in the cache's meta
 * store, not storage.local, which content scripts can read). The map is written before showing, so a
 * worker killed in between never repeats a notification.
 */
import type { Db } from '../cache/db';
import { AT_RISK_STATUSES, type AtRiskList, customersAtRisk, customersWithStatus } from '../cache/repositories';
import type { CustomerRecord } from '../cache/schema';
import { scopedKey } from '../cache/scope';
import type { PartnerScope } from '../domain';
import { isRecord, readMeta, scopedMetaKey, writeMeta } from '../sync/meta';
import {
  type AlertCategory,
  type AlertSubject,
  categoryOf,
  diffNotified,
  type NotifiedMap,
  type PlannedNotification,
  planNotifications,
} from './notify-plan';

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<unknown>;
}

export interface NotifierDeps {
  db: () => Promise<Db>;
  api: NotificationsApi;
  enabled: () => Promise<boolean>;
  iconUrl: string;
  now?: () => number;
}

const isNotifiedMap = (v: unknown): v is NotifiedMap =>
  isRecord(v) && Object.values(v).every((c) => c === 'blocked' || c === 'low');

/** Up to this many newly alerting customers are read one by one; more (a first sync) in one scan. */
const READ_ONE_BY_ONE = 200;

/** Names of the customers that entered a category (only resellers are notified). */
async function subjectsOf(
  db: Db,
  scope: PartnerScope,
  entered: readonly { customerId: string; category: AlertCategory }[],
): Promise<AlertSubject[]> {
  let records: (CustomerRecord | undefined)[];
  if (entered.length <= READ_ONE_BY_ONE) {
    const tx = db.transaction('customers');
    records = await Promise.all(entered.map((e) => tx.store.get(scopedKey(scope, e.customerId))));
  } else {
    const byId = new Map((await customersWithStatus(db, scope, AT_RISK_STATUSES)).map((r) => [r.customerId, r]));
    records = entered.map((e) => byId.get(e.customerId));
  }
  return entered.flatMap((e, i) => {
    const r = records[i];
    if (r?.associationType !== '2') return [];
    return [{ customerId: e.customerId, name: r.accountName || r.name || r.customerId, category: e.category }];
  });
}

export function createNotifier(deps: NotifierDeps) {
  const now = deps.now ?? Date.now;
  return {
    /**
     * Compares the scope's current statuses with the last notified ones and notifies what entered. Who is at
     * risk comes from the status index alone (or `atRisk`, when the caller read it for the badge too); records
     * are read only for the customers that entered, so a money refresh reads no customer record.
     */
    async process(scope: PartnerScope, atRisk?: AtRiskList): Promise<PlannedNotification[]> {
      const db = await deps.db();
      const key = scopedMetaKey('notified', scope);
      const current = (atRisk ?? (await customersAtRisk(db, scope))).flatMap(({ customerId, status }) => {
        const category = categoryOf(status);
        return category ? [{ customerId, category }] : [];
      });
      const previous = (await readMeta(db, key, isNotifiedMap)) ?? {};
      const { entered, next } = diffNotified(previous, current);
      await writeMeta(db, key, next);
      if (entered.length === 0 || !(await deps.enabled())) return [];
      const planned = planNotifications(await subjectsOf(db, scope, entered), scope.site, now());
      for (const n of planned) {
        await deps.api.create(n.id, { type: 'basic', iconUrl: deps.iconUrl, title: n.title, message: n.message });
      }
      return planned;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
