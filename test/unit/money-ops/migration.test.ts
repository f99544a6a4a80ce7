// @vitest-environment node
/** Schema v3 → v4 adds the money-operation journal and keeps everything already cached. */
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openAssistantDb } from '@/utils/cache/db';
import { getCustomer, upsertCustomersPage } from '@/utils/cache/repositories';
import { createOperation, openOperations, operationsSince } from '@/utils/money-ops/store';
import { customer, PROV, SCOPE } from '../cache/helpers';

describe('schema v4: moneyOps', () => {
  it('upgrades a v3 database without touching its data', async () => {
    expect(DB_VERSION).toBe(4);
    const v3 = await openAssistantDb({ version: 3 });
    await upsertCustomersPage(v3, SCOPE, [customer(1), customer(2)], PROV);
    await v3.put('meta', { key: 'statusCount', value: 9 });
    expect(v3.objectStoreNames.contains('moneyOps')).toBe(false);
    v3.close();

    const v4 = await openAssistantDb();
    expect(v4.version).toBe(4);
    expect(await getCustomer(v4, SCOPE, customer(2).customerId)).toMatchObject({
      name: customer(2).name,
      status: 'unknown',
    });
    expect(await v4.get('meta', 'statusCount')).toEqual({ key: 'statusCount', value: 9 });
    const store = v4.transaction('moneyOps').store;
    expect(store.keyPath).toBe('operationId');
    expect(store.index('byActiveLock').multiEntry).toBe(true);
    expect(store.index('byScopeCreated').keyPath).toEqual(['partnerId', 'site', 'createdAt']);
    v4.close();
  });

  it('open operations are found through their locks; finished ones only in the history', async () => {
    const db = await openAssistantDb();
    const base = {
      kind: 'issue-voucher' as const,
      customerIds: ['c1', 'c2'],
      amount: '5',
      ...SCOPE,
      actor: { label: 'x', domainId: 'd' },
      results: [],
    };
    await createOperation(db, { ...base, operationId: 'a', createdAt: 1 });
    await db.put('moneyOps', { ...base, operationId: 'b', createdAt: 2, state: 'done' });
    expect((await openOperations(db)).map((o) => o.operationId)).toEqual(['a']);
    expect((await operationsSince(db, SCOPE)).map((o) => o.operationId)).toEqual(['b', 'a']);
    expect(await createOperation(db, { ...base, customerIds: ['c2'], operationId: 'c', createdAt: 3 })).toMatchObject({
      created: false,
      reason: 'busy',
      op: { operationId: 'a' },
    });
    db.close();
  });
});
