/** Sync tests: the real client and jobs against the BSS sandbox (plain HTTP), the cache on fake-indexeddb. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type BssTestServer, startBssTestServer } from '@/test/sandbox/bss/index';
import type { SiteDataset } from '@/test/sandbox/bss/types';
import { type BssClient, type ClientOptions, createClient } from '@/utils/api/client';
import { type Db, openAssistantDb } from '@/utils/cache/db';
import type { CustomerStatus, MoneyState, PartnerScope } from '@/utils/domain';
import type { SyncJobId } from '@/utils/messages/sync';
import { assessCustomer } from '@/utils/rules/status';
import { DEFAULT_SETTINGS, lowBalanceFor, type Settings } from '@/utils/settings';
import type { JobContext } from '@/utils/sync/context';
import { createSyncService } from '@/utils/sync/service';
import type { SyncServiceDeps } from '@/utils/sync/service-deps';
import { updateJobStatus } from '@/utils/sync/status-store';

export interface SyncHarness {
  server: BssTestServer;
  site: 'cn' | 'intl';
  scope: PartnerScope;
  db: Db;
  client(overrides?: Partial<ClientOptions>): BssClient;
  calls(operation: string): number;
  /**
   * Requests of `operation` the sandbox answered (not a 429 that the client then retried: back-to-back calls
   * of one API sometimes arrive 11 in a second here, client and sandbox sharing one event loop).
   */
  answered(operation: string): number;
  /** `customer_id` of each answered request of `operation`, in order. */
  customersAsked(operation: string): string[];
  ctx(overrides?: Partial<JobContext>): JobContext;
  service(overrides?: Partial<SyncServiceDeps>): ReturnType<typeof createSyncService>;
  dataset(): SiteDataset;
  /** Marks jobs as just synced, so a service run leaves them out (the resources job is slow: one call per customer). */
  skip(jobs: readonly SyncJobId[]): Promise<void>;
  settings: Settings;
}

let ids = 0;

export function useSyncSandbox(site: 'cn' | 'intl', customers: number): SyncHarness {
  const h = { site, settings: { ...DEFAULT_SETTINGS, dataMode: 'api' } } as SyncHarness;
  beforeAll(async () => {
    h.server = await startBssTestServer({ site, seed: 11, customers });
    h.scope = { partnerId: h.server.sandbox.accounts[site].domainId, site };
  });
  beforeEach(async () => {
    h.server.sandbox.reset();
    h.db = await openAssistantDb();
  });
  afterAll(() => h.server.close());
  const credentials = () => ({ ...h.server.sandbox.accounts[site], site });
  h.client = (overrides = {}) =>
    createClient({
      credentials: credentials(),
      baseUrls: { bss: h.server.baseUrl, iam: h.server.iamBaseUrl },
      retry: { baseMs: 10, throttledMinMs: 100, maxAttempts: 2 },
      ...overrides,
    });
  h.calls = (operation) => h.server.sandbox.requests.filter((r) => r.operation === operation).length;
  const answered = (operation: string) =>
    h.server.sandbox.requests.filter((r) => r.operation === operation && r.status === 200);
  h.answered = (operation) => answered(operation).length;
  h.customersAsked = (operation) =>
    answered(operation).map((r) => String((r.body as { customer_id?: string } | null)?.customer_id));
  h.skip = async (jobs) => {
    for (const job of jobs) await updateJobStatus(h.db, h.scope, job, { lastSuccessAt: Date.now() });
  };
  h.dataset = () => h.server.sandbox.dataset.sites[site];
  h.ctx = (overrides = {}) => ({
    db: h.db,
    client: h.client(),
    scope: h.scope,
    signal: new AbortController().signal,
    statusSettings: lowBalanceFor(h.settings, site),
    now: Date.now,
    newId: () => `run-${++ids}`,
    progress: async () => {},
    heartbeat: async () => {},
    ...overrides,
  });
  h.service = (overrides = {}) =>
    createSyncService({
      db: async () => h.db,
      credentials: async () => ({ ok: true, credentials: credentials(), label: 'test' }),
      isLocked: async () => false,
      activeScope: async () => h.scope,
      settings: async () => h.settings,
      makeClient: () => h.client(),
      ...overrides,
    });
  return h;
}

/** Status the rules give a sandbox customer (what the cache must hold after a full sync). */
export function expectedStatuses(data: SiteDataset, settings: Settings): Map<string, CustomerStatus> {
  const out = new Map<string, CustomerStatus>();
  for (const c of data.customers) {
    let money: MoneyState | null = null;
    if (c.associationType === '2') {
      money =
        data.site === 'cn'
          ? { site: 'cn', customerId: c.customerId, balance: fen(c.balanceFen), debt: fen(c.debtFen), currency: 'CNY' }
          : c.budget
            ? {
                site: 'intl',
                customerId: c.customerId,
                budget: fen(c.budget.amountFen),
                used: fen(c.budget.usedFen),
                budgetType: c.budget.type,
                currency: 'USD',
              }
            : null;
    }
    out.set(c.customerId, assessCustomer({ customer: c, money }, lowBalanceFor(settings, data.site)).status);
  }
  return out;
}

function fen(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const resellers = (data: SiteDataset) => data.customers.filter((c) => c.associationType === '2').length;
