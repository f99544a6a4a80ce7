/**
 * Alerts after a money refresh over many customers at risk: who is at risk comes from the status index alone,
 * records are read only for customers that newly entered a category, and the badge counts only what it shows.
 * Counted in IndexedDB requests (fake-indexeddb's prototypes), not time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshBadge } from '@/utils/alerts/badge';
import { createNotifier } from '@/utils/alerts/notifier';
import { openAssistantDb } from '@/utils/cache/db';
import { customersAtRisk, setCustomerStatuses, upsertCustomersPage } from '@/utils/cache/repositories';
import type { CustomerStatus } from '@/utils/domain';
import { customer, PROV, SCOPE } from '../cache/helpers';

const N = 600;
const STATUSES: CustomerStatus[] = ['blocked', 'frozen', 'low', 'ok', 'unknown'];

async function seeded() {
  const db = await openAssistantDb();
  const list = Array.from({ length: N }, (_, i) => customer(i + 1, { associationType: '2' }));
  for (let i = 0; i < N; i += 100) await upsertCustomersPage(db, SCOPE, list.slice(i, i + 100), PROV);
  await setCustomerStatuses(db, SCOPE, new Map(list.map((c, i) => [c.customerId, STATUSES[i % 5] ?? 'ok'])));
  return { db, list };
}

/** Record reads (get/getAll on stores and indexes) made while `fn` runs. */
async function recordReads(fn: () => Promise<unknown>): Promise<number> {
  const spies = [
    vi.spyOn(IDBObjectStore.prototype, 'get'),
    vi.spyOn(IDBObjectStore.prototype, 'getAll'),
    vi.spyOn(IDBIndex.prototype, 'get'),
    vi.spyOn(IDBIndex.prototype, 'getAll'),
  ];
  await fn();
  const n = spies.reduce((sum, s) => sum + s.mock.calls.length, 0);
  for (const s of spies) s.mockRestore();
  return n;
}

afterEach(() => vi.restoreAllMocks());

describe('alerts over many customers at risk', () => {
  it('a refresh with nothing new reads no customer record; one newcomer costs one read', async () => {
    const { db, list } = await seeded();
    const shown: string[] = [];
    const notifier = createNotifier({
      db: async () => db,
      api: { create: async (id) => void shown.push(id) },
      enabled: async () => true,
      iconUrl: '',
    });
    await notifier.process(SCOPE); // the first sync: everyone at risk is new (one grouped notification each)
    expect(shown).toHaveLength(2);
    // Only the notified map is read (one meta get); the 360 customers at risk are known from the index keys.
    expect(await recordReads(() => notifier.process(SCOPE))).toBe(1);
    expect(shown).toHaveLength(2);

    const newcomer = list[3]?.customerId ?? ''; // was 'ok'
    await setCustomerStatuses(db, SCOPE, new Map([[newcomer, 'blocked']]));
    expect(await recordReads(() => notifier.process(SCOPE))).toBe(2); // the map and the newcomer's record
    expect(shown.at(-1)).toBe(`pa|c|cn|${newcomer}`);
    db.close();
  });

  it('the badge counts only blocked, frozen and low, and nothing when the notifier has just read who is at risk', async () => {
    const { db } = await seeded();
    const counted = vi.spyOn(IDBIndex.prototype, 'count');
    const action = { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} };
    const view = await refreshBadge(db, SCOPE, action, { locked: false, stale: false });
    expect(view.text).toBe(String((2 * N) / 5));
    expect(counted.mock.calls).toHaveLength(3);
    counted.mockClear();
    const atRisk = await customersAtRisk(db, SCOPE);
    expect(await refreshBadge(db, SCOPE, action, { locked: false, stale: false }, atRisk)).toEqual(view);
    expect(counted).not.toHaveBeenCalled();
    db.close();
  });
});
