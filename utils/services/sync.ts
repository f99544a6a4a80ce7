/**
 * Background handlers for sync.* (extension pages only). The popup polls `sync.status` while a sync runs;
 * each poll also nudges the scheduler, which is how a sync interrupted by a worker stop resumes as soon
 * as a page asks.
 */
import type { Db } from '../cache/db';
import type { Handlers } from '../router';
import { clearCache } from '../sync/clear';
import type { SyncService } from '../sync/service';

export interface SyncHandlerDeps {
  sync: Pick<SyncService, 'ensure' | 'syncNow' | 'status' | 'stop'>;
  db: () => Promise<Db>;
  /** The badge must forget the cleared counts. */
  onCleared?: () => Promise<void>;
}

export function syncHandlers(
  deps: SyncHandlerDeps,
): Required<Pick<Handlers, 'sync.status' | 'sync.now' | 'sync.clearCache'>> {
  return {
    'sync.status': async () => {
      void deps.sync.ensure();
      return deps.sync.status();
    },
    'sync.now': async ({ jobs }) => {
      void deps.sync.syncNow(jobs);
      return deps.sync.status();
    },
    'sync.clearCache': async () => {
      await deps.sync.stop();
      await clearCache(await deps.db());
      await deps.onCleared?.().catch(() => undefined);
      return { cleared: true };
    },
  };
}
