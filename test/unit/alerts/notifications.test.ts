import { describe, expect, it } from 'vitest';
import { createNotifier, type NotificationsApi } from '@/utils/alerts/notifier';
import { diffNotified, GROUP_OVER, notificationUrl, planNotifications } from '@/utils/alerts/notify-plan';
import { type Db, openAssistantDb } from '@/utils/cache/db';
import { setCustomerStatuses, upsertCustomersPage } from '@/utils/cache/repositories';
import type { CustomerStatus } from '@/utils/domain';
import { customer, PROV, SCOPE } from '../cache/helpers';

const subject = (id: string, category: 'blocked' | 'low') => ({ customerId: id, name: `n-${id}`, category });

describe('what is new', () => {
  it('a customer entering blocked or low is new once; unchanged is not; leaving forgets it', () => {
    const first = diffNotified({}, [subject('a', 'blocked'), subject('b', 'low')]);
    expect(first.entered.map((s) => s.customerId)).toEqual(['a', 'b']);
    expect(diffNotified(first.next, [subject('a', 'blocked'), subject('b', 'low')]).entered).toEqual([]);
    const recovered = diffNotified(first.next, [subject('b', 'low')]);
    expect(recovered.next).toEqual({ b: 'low' });
    expect(
      diffNotified(recovered.next, [subject('a', 'blocked'), subject('b', 'low')]).entered.map((s) => s.customerId),
    ).toEqual(['a']);
  });

  it('low → blocked is news, blocked → low is not', () => {
    expect(diffNotified({ a: 'low' }, [subject('a', 'blocked')]).entered).toHaveLength(1);
    expect(diffNotified({ a: 'blocked' }, [subject('a', 'low')]).entered).toHaveLength(0);
  });

  it('groups many changes at once into one notification per category, linked to the customer list', () => {
    const many = Array.from({ length: GROUP_OVER + 2 }, (_, i) => subject(`c${i}`, 'blocked'));
    const plan = planNotifications([...many, subject('x', 'low')], 'cn', 5);
    expect(plan).toHaveLength(2);
    expect(plan[0]?.title).toBe(`${GROUP_OVER + 2} customers can no longer buy`);
    expect(notificationUrl(plan[0]?.id ?? '')).toBe('https://account.huaweicloud.com/obmgr/#/obmgr/customer/list');
    expect(notificationUrl(plan[1]?.id ?? '')).toBe('https://account.huaweicloud.com/obmgr/#/obmgr/customer/detail/x');
  });

  it('opens intl customers on the intl Partner Center and refuses foreign ids', () => {
    const [n] = planNotifications([subject('0123456789abcdef0123456789abcdef', 'blocked')], 'intl', 1);
    expect(notificationUrl(n?.id ?? '')).toBe(
      'https://account-intl.huaweicloud.com/obmgr/#/obmgr/customer/detail/0123456789abcdef0123456789abcdef',
    );
    expect(notificationUrl('pa|c|cn|../../evil')).toBeNull();
    expect(notificationUrl('other|c|cn|abc')).toBeNull();
  });
});

describe('notifier over the cache', () => {
  async function setup(statuses: CustomerStatus[]) {
    const db = await openAssistantDb();
    const list = statuses.map((_, i) => customer(i + 1, { associationType: '2' }));
    await upsertCustomersPage(db, SCOPE, list, PROV);
    await setStatuses(
      db,
      list.map((c) => c.customerId),
      statuses,
    );
    const shown: { id: string; title: string }[] = [];
    const api: NotificationsApi = { create: async (id, o) => void shown.push({ id, title: o.title }) };
    const notifier = createNotifier({
      db: async () => db,
      api,
      enabled: async () => true,
      iconUrl: 'icon.png',
      now: () => 7,
    });
    return { db, list, shown, notifier };
  }
  const setStatuses = (db: Db, ids: string[], statuses: CustomerStatus[]) =>
    setCustomerStatuses(db, SCOPE, new Map(ids.map((id, i) => [id, statuses[i] ?? 'ok'])));

  it('one notification for a customer that enters blocked, none on the next sync', async () => {
    const { db, list, shown, notifier } = await setup(['ok', 'ok']);
    const id = list[0]?.customerId ?? '';
    await notifier.process(SCOPE);
    expect(shown).toEqual([]);
    await setStatuses(db, [id], ['blocked']);
    await notifier.process(SCOPE);
    expect(shown).toEqual([{ id: `pa|c|cn|${id}`, title: 'A customer can no longer buy' }]);
    await notifier.process(SCOPE);
    expect(shown).toHaveLength(1);
    db.close();
  });

  it('groups a first sync with many customers at risk into one notification', async () => {
    const { db, shown, notifier } = await setup(['blocked', 'frozen', 'blocked', 'frozen', 'blocked', 'ok']);
    await notifier.process(SCOPE);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('5 customers can no longer buy');
    db.close();
  });

  it('remembers the state but shows nothing when notifications are off', async () => {
    const db = await openAssistantDb();
    const c = customer(1, { associationType: '2' });
    await upsertCustomersPage(db, SCOPE, [{ ...c, status: 'blocked' }], PROV);
    const shown: string[] = [];
    const make = (enabled: boolean) =>
      createNotifier({
        db: async () => db,
        api: { create: async (id) => void shown.push(id) },
        enabled: async () => enabled,
        iconUrl: '',
      });
    expect(await make(false).process(SCOPE)).toEqual([]);
    expect(await make(true).process(SCOPE)).toEqual([]); // not repeated once switched on
    expect(shown).toEqual([]);
    db.close();
  });
});
