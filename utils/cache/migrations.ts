/**
 * Schema history. Each step upgrades from the version before it and is frozen once released: a later change
 * is a new step, never an edit. Steps run inside the versionchange transaction and await only IDB requests
 * (anything else would let the transaction auto-commit half-way).
 *
 * v1  meta (counters).
 * v2  the cache: customers (+ name/account/label indexes), money state and history, partner balances, voucher
 *     quotas, vouchers, resources, orders, sync checkpoints, the vault record.
 * v3  customers gain a stored `status` (default 'unknown') and a [partnerId, site, status] index.
 * v4  moneyOps: the money-operation journal and history (open operations' lock keys multiEntry-indexed).
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, unwrap } from 'idb';
import type { AssistantDB, CustomerRecord } from './schema';

type UpgradeDb = IDBPDatabase<AssistantDB>;
type UpgradeTx = IDBPTransaction<AssistantDB, StoreNames<AssistantDB>[], 'versionchange'>;
type Step = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

const scoped = (id: string) => ['partnerId', 'site', id];

/** The v2 customers store while step 3 copies it (gone when the step ends). */
const V2_CUSTOMERS = 'customers-v2';
type V2Customer = Omit<CustomerRecord, 'status'> & { status?: CustomerRecord['status'] };

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

const STEPS: Record<number, Step> = {
  1: (db) => {
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: (db) => {
    const customers = db.createObjectStore('customers', { keyPath: scoped('customerId') });
    customers.createIndex('byName', scoped('name'));
    customers.createIndex('byAccountName', scoped('accountName'));
    customers.createIndex('byLabel', scoped('label'));
    db.createObjectStore('moneyStates', { keyPath: scoped('customerId') });
    db.createObjectStore('moneyHistory', { keyPath: scoped('customerId') });
    db.createObjectStore('partnerBalances', { keyPath: scoped('accountType') });
    db.createObjectStore('voucherQuotas', { keyPath: scoped('quotaId') });
    const vouchers = db.createObjectStore('vouchers', { keyPath: scoped('couponId') });
    vouchers.createIndex('byCustomer', scoped('customerId'));
    vouchers.createIndex('byExpiry', scoped('expireTime'));
    const resources = db.createObjectStore('resources', { keyPath: scoped('resourceId') });
    resources.createIndex('byCustomer', scoped('customerId'));
    resources.createIndex('byExpiry', scoped('expireTime'));
    const orders = db.createObjectStore('orders', { keyPath: scoped('orderId') });
    orders.createIndex('byCustomer', scoped('customerId'));
    orders.createIndex('byStatus', scoped('status'));
    db.createObjectStore('checkpoints', { keyPath: scoped('jobId') });
    db.createObjectStore('vault', { keyPath: 'id' });
  },
  3: async (db, tx) => {
    // Copied into a fresh store whose indexes exist before the first put. Rewriting in place needs the indexes
    // dropped and rebuilt, and Chromium rebuilds an index on a filled store by walking it with a cursor: that
    // made this step take 19 s for 20,000 rows in Chromium on the loaded 2-core bench, the copy 12 s.
    const rawTx = unwrap(tx);
    rawTx.objectStore('customers').name = V2_CUSTOMERS;
    const source = rawTx.objectStore(V2_CUSTOMERS);
    const store = db.createObjectStore('customers', { keyPath: scoped('customerId') });
    store.createIndex('byName', scoped('name'));
    store.createIndex('byAccountName', scoped('accountName'));
    store.createIndex('byLabel', scoped('label'));
    store.createIndex('byStatus', scoped('status'));
    const BATCH = 5000;
    let range: IDBKeyRange | null = null;
    for (;;) {
      const rows = await request<V2Customer[]>(source.getAll(range, BATCH));
      for (const row of rows) void store.put({ ...row, status: row.status ?? 'unknown' });
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) break;
      range = IDBKeyRange.lowerBound([last.partnerId, last.site, last.customerId], true);
    }
    rawTx.db.deleteObjectStore(V2_CUSTOMERS);
  },
  4: (db) => {
    const ops = db.createObjectStore('moneyOps', { keyPath: 'operationId' });
    ops.createIndex('byActiveLock', 'activeLocks', { multiEntry: true });
    ops.createIndex('byScopeCreated', scoped('createdAt'));
  },
};

export const LATEST_VERSION = Math.max(...Object.keys(STEPS).map(Number));

/** Runs every step after `oldVersion` up to `newVersion`, in order. */
export async function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration to schema v${version}`);
    await step(db, tx);
  }
}
