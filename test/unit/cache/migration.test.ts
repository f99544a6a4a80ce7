// @vitest-environment node
// (IndexedDB needs no DOM, and happy-dom's structuredClone doubles the 100k-row seed time.)
import { describe, expect, it } from 'vitest';
import { DB_VERSION, DbError, openAssistantDb } from '@/utils/cache/db';
import {
  countCustomersByStatus,
  customersAtRisk,
  getCustomer,
  loadCustomers,
  setCustomerStatuses,
} from '@/utils/cache/repositories';
import type { CustomerRecord } from '@/utils/cache/schema';
import { zeroStatusCounts } from '@/utils/rules/status';
import { customer, OTHER_SITE, PROV, SCOPE } from './helpers';

const COUNT = 100_000;
const PAGE = 1000;

/** A v2 customer row exactly as v2 wrote it: no `status` field. */
function v2Row(n: number): Omit<CustomerRecord, 'status'> {
  const scope = n % 10 === 0 ? OTHER_SITE : SCOPE; // two scopes, so scoping survives the rewrite too
  return { ...customer(n), ...scope, ...PROV, runId: `run-${n % 7}` };
}

/** Everything but the field the migration adds (structured clone keeps property order, so no re-sorting). */
function projection(row: object): string {
  const { status: _status, ...rest } = row as Partial<CustomerRecord>;
  return JSON.stringify(rest);
}

async function digest(rows: object[]): Promise<string> {
  const text = rows.map(projection).sort().join('\n');
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(hash).toString('hex');
}

describe('schema v2 → v3 with 100,000 customers', () => {
  it('keeps every customer unaltered (no rewrite), indexes status; v2 rows read and count as unknown', async () => {
    // Frozen history: this step is checked at v3 exactly, whatever the latest version is.
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    const v2 = await openAssistantDb({ version: 2 });
    const seeded: object[] = [];
    for (let start = 0; start < COUNT; start += PAGE) {
      const tx = v2.transaction('customers', 'readwrite');
      const store = tx.store as unknown as { put(row: object): Promise<unknown> };
      const rows = Array.from({ length: PAGE }, (_, i) => v2Row(start + i));
      seeded.push(...rows);
      await Promise.all([...rows.map((row) => store.put(row)), tx.done]);
    }
    await v2.put('meta', { key: 'statusCount', value: 7 });
    const expected = await digest(seeded);
    v2.close();

    const v3 = await openAssistantDb({ version: 3 });
    expect(v3.version).toBe(3);

    const all = await v3.getAll('customers');
    expect(all).toHaveLength(COUNT);
    expect(await digest(all)).toBe(expected);
    // Not rewritten (that took 27 s for 100k rows in Chromium): the rows still have no status field.
    expect(all.every((row) => !('status' in row))).toBe(true);
    expect(await v3.countFromIndex('customers', 'byStatus')).toBe(0);
    expect(await v3.get('meta', 'statusCount')).toEqual({ key: 'statusCount', value: 7 });

    // Read through the repositories they are 'unknown', exactly what a rewrite would have stored.
    const other = await loadCustomers(v3, OTHER_SITE);
    expect(other).toHaveLength(COUNT / 10);
    expect(other.every((row) => row.status === 'unknown')).toBe(true);
    expect(await countCustomersByStatus(v3, SCOPE)).toEqual({ ...zeroStatusCounts(), unknown: COUNT - COUNT / 10 });
    // The next status computation indexes them as it writes them.
    const [a, b, c] = [1, 2, 3].map((n) => customer(n).customerId) as [string, string, string];
    await setCustomerStatuses(
      v3,
      SCOPE,
      new Map([
        [a, 'blocked'],
        [b, 'low'],
        [c, 'unknown'],
      ]),
    );
    expect(await countCustomersByStatus(v3, SCOPE)).toEqual({
      ...zeroStatusCounts(),
      blocked: 1,
      low: 1,
      unknown: COUNT - COUNT / 10 - 2,
    });
    expect((await customersAtRisk(v3, SCOPE)).map((r) => r.customerId).sort()).toEqual([a, b].sort());
    expect((await getCustomer(v3, SCOPE, c))?.status).toBe('unknown');
    expect(await v3.countFromIndex('customers', 'byName')).toBe(COUNT);
    expect(await v3.countFromIndex('customers', 'byLabel')).toBe(seeded.filter((r) => 'label' in r).length);
    v3.close();
  }, 120_000);
});

describe('upgrade safety', () => {
  it('a failing step aborts the upgrade and leaves the previous version intact', async () => {
    const db = await openAssistantDb();
    await db.put('meta', { key: 'statusCount', value: 3 });
    db.close();
    const error = await openAssistantDb({ version: DB_VERSION + 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('upgrade-failed');
    const again = await openAssistantDb();
    expect(again.version).toBe(DB_VERSION);
    expect(await again.get('meta', 'statusCount')).toEqual({ key: 'statusCount', value: 3 });
    again.close();
  });

  it('opening an older version than the stored one is a typed error', async () => {
    (await openAssistantDb()).close();
    const error = await openAssistantDb({ version: 2 }).catch((e: unknown) => e);
    expect((error as DbError).code).toBe('version-too-new');
  });
});
