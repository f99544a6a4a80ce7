/** What the sync scheduler (service.ts) is given: storage, credentials, settings, the API client, and hooks. */
import type { BssClient, ApiCredentials as ClientCredentials } from '../api/client';
import type { Db } from '../cache/db';
import type { PartnerScope } from '../domain';
import type { Settings } from '../settings';
import type { SyncLimits } from './context';

export type CredentialsAnswer =
  | { ok: true; credentials: ClientCredentials; label: string }
  | { ok: false; reason: 'locked' | 'no-account' | 'page-only' };

export interface SyncServiceDeps {
  db: () => Promise<Db>;
  credentials: () => Promise<CredentialsAnswer>;
  isLocked: () => Promise<boolean>;
  /** The last known active scope (readable while locked). */
  activeScope: () => Promise<PartnerScope | null>;
  settings: () => Promise<Settings>;
  makeClient: (credentials: ClientCredentials) => BssClient;
  /** Statuses of `scope` changed (a customer or money job finished): badge and notifications. */
  onStatusesChanged?: (scope: PartnerScope) => Promise<void>;
  /** Starts a keep-alive for the duration of a run; returns its stop function. */
  keepAlive?: () => () => void;
  now?: () => number;
  newId?: () => string;
  heartbeatMs?: number;
  /** Per-run budgets of the jobs (tests make them small). */
  limits?: Partial<SyncLimits>;
  /** Longest a run waits for badge and notifications at its end (and the longest one such pass may take). */
  alertsWaitMs?: number;
}
