import { describe, expect, it } from 'vitest';
import { type ActionApi, BADGE_COLORS, badgeView, refreshBadge } from '@/utils/alerts/badge';
import { openAssistantDb } from '@/utils/cache/db';
import { setCustomerStatuses, upsertCustomersPage } from '@/utils/cache/repositories';
import type { CustomerStatus } from '@/utils/domain';
import { customer, PROV, SCOPE } from '../cache/helpers';

const counts = (c: Partial<Record<CustomerStatus, number>>): Record<CustomerStatus, number> => ({
  blocked: 0,
  frozen: 0,
  low: 0,
  ok: 0,
  'not-applicable': 0,
  unknown: 0,
  ...c,
});

describe('badge', () => {
  it('counts customers who cannot buy (blocked + frozen), red', () => {
    const view = badgeView(counts({ blocked: 3, frozen: 2, low: 7, ok: 40 }), { locked: false, stale: false });
    expect(view.text).toBe('5');
    expect(view.color).toBe(BADGE_COLORS.atRisk);
    expect(view.title).toContain('5 customers cannot buy (3 out of money, 2 frozen)');
    expect(view.title).toContain('7 running low');
  });

  it('shows the low count in amber when nobody is blocked, and nothing when all is well', () => {
    expect(badgeView(counts({ low: 4 }), { locked: false, stale: false })).toMatchObject({
      text: '4',
      color: BADGE_COLORS.low,
    });
    expect(badgeView(counts({ ok: 9 }), { locked: false, stale: false }).text).toBe('');
    expect(badgeView(null, { locked: false, stale: false }).text).toBe('');
  });

  it('says in the tooltip when data is stale or the vault is locked', () => {
    const view = badgeView(counts({ blocked: 1 }), { locked: true, stale: true });
    expect(view.title).toMatch(/out of date/);
    expect(view.title).toMatch(/locked/);
  });

  it('reads the counts through the status index and applies them', async () => {
    const db = await openAssistantDb();
    const list = [1, 2, 3, 4].map((n) => customer(n, { associationType: '2' }));
    await upsertCustomersPage(db, SCOPE, list, PROV);
    await setCustomerStatuses(
      db,
      SCOPE,
      new Map<string, CustomerStatus>(
        list.map((c, i) => [c.customerId, (['blocked', 'frozen', 'low', 'ok'] as const)[i] ?? 'ok']),
      ),
    );
    const calls: string[] = [];
    const action: ActionApi = {
      setBadgeText: async ({ text }) => void calls.push(`text:${text}`),
      setBadgeBackgroundColor: async ({ color }) => void calls.push(`color:${color}`),
      setTitle: async () => void calls.push('title'),
    };
    await refreshBadge(db, SCOPE, action, { locked: false, stale: false });
    expect(calls).toEqual(['text:2', `color:${BADGE_COLORS.atRisk}`, 'title']);
    db.close();
  });
});
