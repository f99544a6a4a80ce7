/** Messages about the extension itself. */
import * as v from 'valibot';

export const requests = {
  /** Health check: the background answers and proves its IndexedDB works. */
  'app.status': v.strictObject({}),
} as const;

export interface AppStatus {
  version: string;
  /** How many times `app.status` was answered, persisted in IndexedDB. */
  statusCount: number;
  /** When the background's worker instance started (epoch ms); changes after a service-worker restart. */
  workerStartedAt: number;
}

export interface Responses {
  'app.status': AppStatus;
}

/** The subset a content script may send (read-only, secret-free). */
export const contentScriptTypes = ['app.status'] as const;
