import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, incrementCounter, openAssistantDb } from '@/utils/cache/db';

describe('schema', () => {
  it('a fresh install gets every store and index at the latest version', async () => {
    const db = await openAssistantDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'checkpoints',
        'customers',
        'meta',
        'moneyHistory',
        'moneyOps',
        'moneyStates',
        'orders',
        'partnerBalances',
        'resources',
        'vault',
        'voucherQuotas',
        'vouchers',
      ].sort(),
    );
    const tx = db.transaction(['customers', 'vouchers', 'resources', 'orders']);
    expect([...tx.objectStore('customers').indexNames].sort()).toEqual([
      'byAccountName',
      'byLabel',
      'byName',
      'byStatus',
    ]);
    expect(tx.objectStore('customers').index('byStatus').keyPath).toEqual(['partnerId', 'site', 'status']);
    expect([...tx.objectStore('vouchers').indexNames].sort()).toEqual(['byCustomer', 'byExpiry']);
    expect([...tx.objectStore('resources').indexNames].sort()).toEqual(['byCustomer', 'byExpiry']);
    expect([...tx.objectStore('orders').indexNames].sort()).toEqual(['byCustomer', 'byStatus']);
    db.close();
  });

  it('upgrades the v1 database (meta only) and keeps its counters', async () => {
    // Exactly what the first build created.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await v1.put('meta', { key: 'statusCount', value: 41 });
    v1.close();
    const db = await openAssistantDb();
    expect(await incrementCounter(db, 'statusCount')).toBe(42);
    db.close();
  });
});
