/**
 * Schema history. Each step upgrades from the version before it and is frozen once released: a later change
 * is a new step, never an edit. Steps run inside the versionchange transaction and await only IDB requests
 * (anything else would let the transaction auto-commit half-way).
 *
 * v1  meta (counters).
 * v2  the cache: customers (+ name/account/label indexes), money state and history, partner balances, voucher
 *     quotas, vouchers, resources, orders, sync checkpoints, the vault record.
 * v3  customers gain a [partnerId, site, status] index; a stored `status` comes with each row's next write
 *     (rows from v2 have none and read as 'unknown').
 * v4  moneyOps: the money-operation journal and history (open operations' lock keys multiEntry-indexed).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AssistantDB } from './schema';

type UpgradeDb = IDBPDatabase<AssistantDB>;
type UpgradeTx = IDBPTransaction<AssistantDB, StoreNames<AssistantDB>[], 'versionchange'>;
type Step = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

const scoped = (id: string) => ['partnerId', 'site', id];

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
  3: (_db, tx) => {
    // Index only, no rewrite: v2 rows keep no `status` and read as 'unknown' (what a rewrite would have stored);
    // the next sync stores the real one. Rewriting 100,000 rows inside the versionchange transaction took 27 s
    // in Chromium; building an index over rows that lack the field only walks them.
    tx.objectStore('customers').createIndex('byStatus', scoped('status'));
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
