/** Customers of one partner scope: page upserts, the popup's "load all", index lookups, at-risk queries. */
import type { Customer, CustomerStatus, PartnerScope } from '@/utils/domain';
import { zeroStatusCounts } from '@/utils/rules/status';
import type { Db } from '../db';
import type { CustomerRecord } from '../schema';
import { type BatchProvenance, prefixRange, scopedKey, scopeRange, stamp } from '../scope';
import { allOrNothing } from '../tx';
import { type CheckpointInput, checkpointRecord } from './checkpoints';

export type CustomerInput = Customer & { status?: CustomerStatus };
export type CustomerLookupField = 'name' | 'accountName' | 'label';

const LOOKUP_INDEX = { name: 'byName', accountName: 'byAccountName', label: 'byLabel' } as const;
export const CUSTOMER_STATUSES: readonly CustomerStatus[] = [
  'blocked',
  'frozen',
  'low',
  'ok',
  'not-applicable',
  'unknown',
];

/**
 * Upserts one page of customers (and the sync checkpoint) in one transaction. A customer's stored status
 * survives the upsert unless the input carries one: the list API knows nothing about money.
 */
export async function upsertCustomersPage(
  db: Db,
  scope: PartnerScope,
  customers: readonly CustomerInput[],
  prov: BatchProvenance,
  checkpoint?: CheckpointInput,
): Promise<void> {
  const tx = db.transaction(['customers', 'checkpoints'], 'readwrite', {
    durability: checkpoint ? 'strict' : 'relaxed',
  });
  const store = tx.objectStore('customers');
  const writes = customers.map(async (c) => {
    const status = c.status ?? (await store.get(scopedKey(scope, c.customerId)))?.status ?? 'unknown';
    await store.put(stamp(scope, { ...c, status }, prov));
  });
  if (checkpoint)
    writes.push(
      tx
        .objectStore('checkpoints')
        .put(checkpointRecord(scope, checkpoint))
        .then(() => {}),
    );
  await allOrNothing(tx, writes);
}

/** Every customer of the scope, in id order: the popup's in-memory search loads this once. */
export function loadCustomers(db: Db, scope: PartnerScope): Promise<CustomerRecord[]> {
  return db.getAll('customers', scopeRange(scope));
}

export function countCustomers(db: Db, scope: PartnerScope): Promise<number> {
  return db.count('customers', scopeRange(scope));
}

export function getCustomer(db: Db, scope: PartnerScope, customerId: string): Promise<CustomerRecord | undefined> {
  return db.get('customers', scopedKey(scope, customerId));
}

/** Customers whose name / account name / label starts with `prefix` (exact-case, index order). */
export function findCustomers(
  db: Db,
  scope: PartnerScope,
  field: CustomerLookupField,
  prefix: string,
  limit?: number,
): Promise<CustomerRecord[]> {
  return db.getAllFromIndex('customers', LOOKUP_INDEX[field], prefixRange(scope, prefix), limit);
}

export async function customersWithStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly CustomerStatus[],
): Promise<CustomerRecord[]> {
  const tx = db.transaction('customers');
  const index = tx.store.index('byStatus');
  const lists = await Promise.all(statuses.map((s) => index.getAll(scopedKey(scope, s))));
  return lists.flat();
}

/**
 * Ids and statuses of the scope's customers in `statuses`, from the status index alone (no record is read):
 * what the notifier and the resources pass need to know who is at risk. Only reseller customers are ever
 * blocked, frozen or low (rules/status.ts makes a referral customer 'not-applicable').
 */
export async function customerIdsWithStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly CustomerStatus[],
): Promise<{ customerId: string; status: CustomerStatus }[]> {
  const tx = db.transaction('customers');
  const index = tx.store.index('byStatus');
  const lists = await Promise.all(
    statuses.map(async (status) =>
      (await index.getAllKeys(scopedKey(scope, status))).map((key) => ({ customerId: key[2], status })),
    ),
  );
  return lists.flat();
}

/** Who is at risk: cannot buy (blocked, frozen) or running low. */
export const AT_RISK_STATUSES: readonly CustomerStatus[] = ['blocked', 'frozen', 'low'];
export type AtRiskList = { customerId: string; status: CustomerStatus }[];

/** Ids and statuses of the scope's customers at risk, from the status index (badge, notifier, resources pass). */
export function customersAtRisk(db: Db, scope: PartnerScope): Promise<AtRiskList> {
  return customerIdsWithStatus(db, scope, AT_RISK_STATUSES);
}

/**
 * How many customers of the scope are in each of `statuses` (all by default; others read 0). Counting walks
 * the index entries (IndexedDB keeps no counts), so the badge asks only for the statuses it shows.
 */
export async function countCustomersByStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly CustomerStatus[] = CUSTOMER_STATUSES,
): Promise<Record<CustomerStatus, number>> {
  const tx = db.transaction('customers');
  const index = tx.store.index('byStatus');
  const counts = await Promise.all(statuses.map((s) => index.count(scopedKey(scope, s))));
  const result = zeroStatusCounts();
  statuses.forEach((s, i) => {
    result[s] = counts[i] ?? 0;
  });
  return result;
}

/** Stores recomputed statuses in one transaction; unknown ids are ignored, unchanged rows not rewritten. */
export async function setCustomerStatuses(
  db: Db,
  scope: PartnerScope,
  statuses: ReadonlyMap<string, CustomerStatus>,
): Promise<number> {
  const tx = db.transaction('customers', 'readwrite', { durability: 'relaxed' });
  let changed = 0;
  const writes = [...statuses].map(async ([customerId, status]) => {
    const row = await tx.store.get(scopedKey(scope, customerId));
    if (!row || row.status === status) return;
    changed++;
    await tx.store.put({ ...row, status });
  });
  await allOrNothing(tx, writes);
  return changed;
}
