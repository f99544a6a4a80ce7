/**
 * Bundled into a page by cache.bench.ts: the product's own cache (utils/cache: openAssistantDb, repositories)
 * on generated customers, in the page's real IndexedDB. Each function returns raw timings; the bench script
 * turns them into result lines.
 */
import { refreshBadge } from '@/utils/alerts/badge';
import { openAssistantDb } from '@/utils/cache/db';
import {
  AT_RISK_STATUSES as AT_RISK,
  type CheckpointInput,
  type CustomerInput,
  countCustomersByStatus,
  customerIdsWithStatus,
  customersAtRisk,
  customersWithStatus,
  findCustomers,
  getCustomer,
  loadCustomers,
  PAGE_SIZE,
  setCustomerStatuses,
  upsertCustomersPage,
} from '@/utils/cache/repositories';
import type { PartnerScope } from '@/utils/domain';
import { type BenchRow, generateCustomers, prng } from './generate-customers';
import { quietAlerts } from './quiet-alerts';

const SCOPE: PartnerScope = { partnerId: 'bench-partner', site: 'cn' };
let rows: BenchRow[] = [];

/** What the customers job writes for a list row: the list decides only referral and frozen statuses. */
function listInput(r: BenchRow): CustomerInput {
  const frozen = r.status === 'frozen' ? 1 : 0;
  const c: CustomerInput = {
    customerId: r.customerId,
    accountName: r.accountName,
    name: r.name,
    associationType: r.associationType,
    frozen,
  };
  if (r.label) c.label = r.label;
  if (r.associationType === '1') c.status = 'not-applicable';
  else if (frozen) c.status = 'frozen';
  return c;
}

const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

async function open() {
  return openAssistantDb();
}

/** 100,000 customers in pages of 100, each page with its checkpoint in one transaction, as a sync pass does. */
async function upsert(count: number): Promise<{ pageMs: number[]; totalMs: number }> {
  rows = generateCustomers(count, 11);
  const db = await open();
  const pageMs: number[] = [];
  const started = performance.now();
  for (let offset = 0; offset < count; offset += PAGE_SIZE) {
    const page = rows.slice(offset, offset + PAGE_SIZE).map(listInput);
    const checkpoint: CheckpointInput = {
      jobId: 'customers',
      runId: 'bench',
      offset: offset + PAGE_SIZE,
      total: count,
      totalAtStart: count,
      startedAt: 0,
      updatedAt: Date.now(),
      done: false,
    };
    pageMs.push(
      await time(() =>
        upsertCustomersPage(db, SCOPE, page, { fetchedAt: Date.now(), source: 'api', runId: 'bench' }, checkpoint),
      ),
    );
  }
  const totalMs = performance.now() - started;
  db.close();
  return { pageMs, totalMs };
}

/** The money pass's status writes: one setCustomerStatuses per batch of 100 resellers. */
async function statuses(): Promise<{ batchMs: number[]; totalMs: number }> {
  const db = await open();
  const resellers = rows.filter((r) => r.associationType === '2');
  const batchMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < resellers.length; i += PAGE_SIZE) {
    const batch = new Map(resellers.slice(i, i + PAGE_SIZE).map((r) => [r.customerId, r.status] as const));
    batchMs.push(await time(() => setCustomerStatuses(db, SCOPE, batch)));
  }
  const totalMs = performance.now() - started;
  db.close();
  return { batchMs, totalMs };
}

export type LookupKind = 'name' | 'accountName' | 'id' | 'label' | 'atRiskCount';

/** Indexed lookups as the popup, the card and the badge make them, interleaved. */
async function lookups(rounds: number): Promise<Record<LookupKind, number[]> & { hits: number }> {
  const db = await open();
  const rnd = prng(3);
  const pick = () => rows[Math.floor(rnd() * rows.length)] as BenchRow;
  const labels = [...new Set(rows.flatMap((r) => (r.label ? [r.label] : [])))];
  const out: Record<LookupKind, number[]> = { name: [], accountName: [], id: [], label: [], atRiskCount: [] };
  let hits = 0;
  const count = (n: number) => {
    hits += n;
  };
  for (let i = 0; i < rounds; i++) {
    const r = pick();
    out.name.push(
      await time(async () => count((await findCustomers(db, SCOPE, 'name', r.name.slice(0, 3), 20)).length)),
    );
    out.accountName.push(
      await time(async () =>
        count((await findCustomers(db, SCOPE, 'accountName', r.accountName.slice(0, 8), 20)).length),
      ),
    );
    out.id.push(await time(async () => count((await getCustomer(db, SCOPE, pick().customerId)) ? 1 : 0)));
    const label = labels[i % labels.length] ?? '';
    out.label.push(await time(async () => count((await findCustomers(db, SCOPE, 'label', label, 20)).length)));
    out.atRiskCount.push(await time(async () => count((await countCustomersByStatus(db, SCOPE, AT_RISK)).blocked)));
  }
  db.close();
  return { ...out, hits };
}

/**
 * Every customer at risk as full records (the notifier's first-sync path) and as ids from the status index
 * (the resources pass and the notifier's usual path), vs. loading all customers.
 */
async function atRisk(
  runs: number,
): Promise<{ atRiskMs: number[]; idsMs: number[]; allMs: number[]; atRiskRows: number }> {
  const db = await open();
  const atRiskMs: number[] = [];
  const idsMs: number[] = [];
  const allMs: number[] = [];
  let atRiskRows = 0;
  for (let i = 0; i < runs; i++) {
    atRiskMs.push(await time(async () => (atRiskRows = (await customersWithStatus(db, SCOPE, AT_RISK)).length)));
    idsMs.push(await time(() => customerIdsWithStatus(db, SCOPE, AT_RISK)));
    allMs.push(await time(() => loadCustomers(db, SCOPE)));
  }
  db.close();
  return { atRiskMs, idsMs, allMs, atRiskRows };
}

/** What runs after each customers/money job: the notifier (nothing new) and the badge; first run = first sync. */
async function alerts(runs: number): Promise<{ firstMs: number; steadyMs: number[] }> {
  const db = await open();
  const { notifier, action } = quietAlerts(db);
  // As the background does it: one read of who is at risk, for the notifier and the badge.
  const pass = async () => {
    const atRisk = await customersAtRisk(db, SCOPE);
    await notifier.process(SCOPE, atRisk);
    await refreshBadge(db, SCOPE, action, { locked: false, stale: false }, atRisk);
  };
  const firstMs = await time(pass);
  const steadyMs: number[] = [];
  for (let i = 0; i < runs; i++) steadyMs.push(await time(pass));
  db.close();
  return { firstMs, steadyMs };
}

(globalThis as unknown as { paCache: unknown }).paCache = { upsert, statuses, lookups, atRisk, alerts };
