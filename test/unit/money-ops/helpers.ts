/**
 * Money operations against the BSS sandbox: a fresh database per test, the real client, and an audit that no
 * money request ever reached the sandbox twice for one operation id (collected over the whole file).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  type BssTestServer,
  MONEY_OPERATIONS,
  type RecordedRequest,
  type SandboxCustomer,
  startBssTestServer,
} from '@/test/sandbox/bss/index';
import { type BssClient, createClient } from '@/utils/api/client';
import { type Db, openAssistantDb } from '@/utils/cache/db';
import type { Site } from '@/utils/domain';
import { createExecutor, type ExecutorDeps, type MoneyAccount } from '@/utils/money-ops/executor';

export const INTENT_HEADER = 'X-Sandbox-Intent-Id';

export interface MoneyHarness {
  server: BssTestServer;
  site: Site;
  db: Db;
  client(timeoutMs?: number): BssClient;
  account(client?: BssClient): MoneyAccount;
  executor(extra?: Partial<ExecutorDeps> & { client?: BssClient }): ReturnType<typeof createExecutor>;
  moneyRequests(): RecordedRequest[];
  resellers(filter?: (c: SandboxCustomer) => boolean): SandboxCustomer[];
  referral(): SandboxCustomer;
}

/** Money requests grouped by intent id: each id must appear at most once across the file. */
export function duplicateIntents(requests: readonly RecordedRequest[]): string[] {
  const seen = new Map<string, number>();
  for (const r of requests) {
    if (!r.operation || !MONEY_OPERATIONS.includes(r.operation)) continue;
    const id = r.intentId ?? '(untagged)';
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([id, n]) => n > 1 && id !== '(untagged)').map(([id]) => id);
}

export function useMoneySandbox(site: Site): MoneyHarness {
  const h = {} as MoneyHarness;
  const allMoneyRequests: RecordedRequest[] = [];
  beforeAll(async () => {
    h.server = await startBssTestServer({ site, seed: 11, customers: 120, rateLimitPerSecond: 0 });
    h.site = site;
  });
  beforeEach(async () => {
    h.server.sandbox.reset();
    h.db = await openAssistantDb();
  });
  afterEach(() => {
    allMoneyRequests.push(...h.moneyRequests());
    h.db.close();
  });
  afterAll(async () => {
    // The audit: not one duplicate money request over the whole file.
    expect(duplicateIntents(allMoneyRequests)).toEqual([]);
    await h.server.close();
  });
  h.client = (timeoutMs = 5000) => {
    const account = h.server.sandbox.accounts[site];
    return createClient({
      credentials: { ...account, site },
      baseUrls: { bss: h.server.baseUrl, iam: h.server.iamBaseUrl },
      retry: { baseMs: 10, throttledMinMs: 50 },
      timeoutMs,
    });
  };
  h.account = (client = h.client()) => {
    const { domainId } = h.server.sandbox.accounts[site];
    return { client, scope: { partnerId: domainId, site }, actor: { label: 'Test partner', domainId } };
  };
  h.executor = ({ client, ...extra } = {}) => {
    const account = h.account(client);
    return createExecutor({
      db: async () => h.db,
      account: async () => account,
      settle: { settleMs: 0, minPolls: 1 },
      pollDelayMs: 0,
      intentHeader: INTENT_HEADER,
      ...extra,
    });
  };
  h.moneyRequests = () =>
    h.server.sandbox.requests.filter((r) => r.operation !== null && MONEY_OPERATIONS.includes(r.operation));
  h.resellers = (filter = () => true) =>
    h.server.sandbox.dataset.sites[site].customers.filter((c) => c.associationType === '2' && filter(c));
  h.referral = () => {
    const c = h.server.sandbox.dataset.sites[site].customers.find((x) => x.associationType === '1');
    if (!c) throw new Error('dataset has no referral customer');
    return c;
  };
  return h;
}

export function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

/** Polls `check` until it is truthy (or fails after `ms`). */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const newId = () => crypto.randomUUID();
