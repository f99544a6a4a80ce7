/**
 * Shows the planned notifications and remembers what was notified per customer (in the cache's meta
 * store, not storage.local, which content scripts can read). The map is written before showing, so a
 * worker killed in between never repeats a notification.
 */
import type { Db } from '../cache/db';
import { customersWithStatus } from '../cache/repositories';
import type { PartnerScope } from '../domain';
import { isRecord, readMeta, scopedMetaKey, writeMeta } from '../sync/meta';
import {
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

export function createNotifier(deps: NotifierDeps) {
  const now = deps.now ?? Date.now;
  return {
    /** Compares the scope's current statuses with the last notified ones and notifies what entered. */
    async process(scope: PartnerScope): Promise<PlannedNotification[]> {
      const db = await deps.db();
      const key = scopedMetaKey('notified', scope);
      const records = await customersWithStatus(db, scope, ['blocked', 'frozen', 'low']);
      const current: AlertSubject[] = records.flatMap((r) => {
        const category = r.associationType === '2' ? categoryOf(r.status) : null;
        return category ? [{ customerId: r.customerId, name: r.accountName || r.name || r.customerId, category }] : [];
      });
      const previous = (await readMeta(db, key, isNotifiedMap)) ?? {};
      const { entered, next } = diffNotified(previous, current);
      await writeMeta(db, key, next);
      if (entered.length === 0 || !(await deps.enabled())) return [];
      const planned = planNotifications(entered, scope.site, now());
      for (const n of planned) {
        await deps.api.create(n.id, { type: 'basic', iconUrl: deps.iconUrl, title: n.title, message: n.message });
      }
      return planned;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
