import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { assistantDb, DB_NAME, DB_VERSION, DbError, openAssistantDb } from '@/utils/cache/db';

describe('blocked upgrades', () => {
  it('our own older connection closes itself on versionchange, so the upgrade proceeds', async () => {
    const onClose = vi.fn();
    const old = await openAssistantDb({ version: 2, onClose });
    await old.put('meta', { key: 'k', value: 1 });
    const onBlocked = vi.fn();
    const fresh = await openAssistantDb({ blockedTimeoutMs: 1000, onBlocked });
    expect(fresh.version).toBe(DB_VERSION);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(await fresh.get('meta', 'k')).toEqual({ key: 'k', value: 1 });
    await expect(old.get('meta', 'k')).rejects.toThrow(); // the old handle is closed
    fresh.close();
  });

  it('a foreign connection that ignores versionchange yields DbError("blocked") after the timeout', async () => {
    // Another page of an older build holds v2 open without any versionchange handling.
    (await openAssistantDb({ version: 2 })).close();
    const foreign = await openDB(DB_NAME, 2);
    const onBlocked = vi.fn();
    const error = await openAssistantDb({ blockedTimeoutMs: 150, onBlocked }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('blocked');
    expect(onBlocked).toHaveBeenCalled();

    // Once the other page closes, opening works again.
    foreign.close();
    const db = await openAssistantDb({ blockedTimeoutMs: 1000 });
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it("the background's shared connection steps aside for an upgrade and reopens on next use", async () => {
    const first = await assistantDb();
    // A newer schema (here: one that fails) asks for the database; ours must not block it.
    await openAssistantDb({ version: DB_VERSION + 1, blockedTimeoutMs: 500 }).catch((e: unknown) => {
      expect((e as DbError).code).toBe('upgrade-failed');
    });
    const second = await assistantDb();
    expect(second).not.toBe(first);
    expect(await second.count('customers')).toBe(0);
    expect(await assistantDb()).toBe(second);
    second.close();
  });
});
