/** Customers of one partner scope: page upserts, the popup's "load all", index lookups, at-risk queries. */
import type { Customer, CustomerStatus, PartnerScope } from '@/utils/domain';
import { zeroStatusCounts } from '@/utils/rules/status';
import type { Db } from '../db';
import { type CustomerRecord, type StoredCustomerRecord, statusOf } from '../schema';
import { type BatchProvenance, prefixRange, scopedKey, scopeRange, stamp } from '../scope';
import { allOrNothing } from '../tx';
import { type CheckpointInput, checkpointRecord } from './checkpoints';

export type CustomerInput = Customer & { status?: CustomerStatus };
/** Statuses the byStatus index can answer for: 'unknown' also covers rows stored before schema v3 (no status). */
export type IndexedStatus = Exclude<CustomerStatus, 'unknown'>;
export type CustomerLookupField = 'name' | 'accountName' | 'label';

const LOOKUP_INDEX = { name: 'byName', accountName: 'byAccountName', label: 'byLabel' } as const;

/** Rows as the rest of the extension sees them: with a status ('unknown' for rows from before schema v3). */
function withStatus(row: CustomerRecord): StoredCustomerRecord {
  row.status = statusOf(row);
  return row as StoredCustomerRecord;
}
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
export async function loadCustomers(db: Db, scope: PartnerScope): Promise<StoredCustomerRecord[]> {
  return (await db.getAll('customers', scopeRange(scope))).map(withStatus);
}

export function countCustomers(db: Db, scope: PartnerScope): Promise<number> {
  return db.count('customers', scopeRange(scope));
}

export async function getCustomer(
  db: Db,
  scope: PartnerScope,
  customerId: string,
): Promise<StoredCustomerRecord | undefined> {
  const row = await db.get('customers', scopedKey(scope, customerId));
  return row && withStatus(row);
}

/** Customers whose name / account name / label starts with `prefix` (exact-case, index order). */
export async function findCustomers(
  db: Db,
  scope: PartnerScope,
  field: CustomerLookupField,
  prefix: string,
  limit?: number,
): Promise<StoredCustomerRecord[]> {
  return (await db.getAllFromIndex('customers', LOOKUP_INDEX[field], prefixRange(scope, prefix), limit)).map(
    withStatus,
  );
}

export async function customersWithStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly IndexedStatus[],
): Promise<StoredCustomerRecord[]> {
  const tx = db.transaction('customers');
  const index = tx.store.index('byStatus');
  const lists = await Promise.all(statuses.map((s) => index.getAll(scopedKey(scope, s))));
  // Found through the status index, so every row has one.
  return lists.flat() as StoredCustomerRecord[];
}

/**
 * Ids and statuses of the scope's customers in `statuses`, from the status index alone (no record is read):
 * what the notifier and the resources pass need to know who is at risk. Only reseller customers are ever
 * blocked, frozen or low (rules/status.ts makes a referral customer 'not-applicable').
 */
export async function customerIdsWithStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly IndexedStatus[],
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
export const AT_RISK_STATUSES: readonly IndexedStatus[] = ['blocked', 'frozen', 'low'];
export type AtRiskList = { customerId: string; status: CustomerStatus }[];

/** Ids and statuses of the scope's customers at risk, from the status index (badge, notifier, resources pass). */
export function customersAtRisk(db: Db, scope: PartnerScope): Promise<AtRiskList> {
  return customerIdsWithStatus(db, scope, AT_RISK_STATUSES);
}

/**
 * How many customers of the scope are in each of `statuses` (all by default; others read 0). Counting walks
 * the index entries (IndexedDB keeps no counts), so the badge asks only for the statuses it shows. 'unknown'
 * is what the others leave of the scope's rows: rows from before schema v3 carry no status to index.
 */
export async function countCustomersByStatus(
  db: Db,
  scope: PartnerScope,
  statuses: readonly CustomerStatus[] = CUSTOMER_STATUSES,
): Promise<Record<CustomerStatus, number>> {
  const tx = db.transaction('customers');
  const index = tx.store.index('byStatus');
  const wantsUnknown = statuses.includes('unknown');
  const indexed = wantsUnknown ? CUSTOMER_STATUSES.filter((s) => s !== 'unknown') : statuses;
  const [total, ...counts] = await Promise.all([
    wantsUnknown ? tx.store.count(scopeRange(scope)) : 0,
    ...indexed.map((s) => index.count(scopedKey(scope, s))),
  ]);
  const result = zeroStatusCounts();
  indexed.forEach((s, i) => {
    if (statuses.includes(s)) result[s] = counts[i] ?? 0;
  });
  if (wantsUnknown) result.unknown = total - counts.reduce((sum, n) => sum + n, 0);
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
    if (!row || statusOf(row) === status) return;
    changed++;
    await tx.store.put({ ...row, status });
  });
  await allOrNothing(tx, writes);
  return changed;
}
