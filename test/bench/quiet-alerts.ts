/** The notifier and the toolbar action with the browser's APIs stubbed out: what the benches run after a job. */
import type { ActionApi } from '@/utils/alerts/badge';
import { createNotifier } from '@/utils/alerts/notifier';
import type { Db } from '@/utils/cache/db';

export function quietAlerts(db: Db) {
  const notifier = createNotifier({
    db: async () => db,
    api: { create: async () => undefined },
    enabled: async () => true,
    iconUrl: '',
  });
  const action: ActionApi = {
    setBadgeText: async () => {},
    setBadgeBackgroundColor: async () => {},
    setTitle: async () => {},
  };
  return { notifier, action };
}
