import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isVaultError, type VaultErrorCode } from '@/utils/vault';
import { ACCOUNT, PASSPHRASE, useHarness } from './helpers';

async function errorCode(promise: Promise<unknown>): Promise<VaultErrorCode | 'no-error' | 'other'> {
  try {
    await promise;
    return 'no-error';
  } catch (error) {
    return isVaultError(error) ? error.code : 'other';
  }
}

describe('vault lifecycle', () => {
  const h = useHarness();

  it('starts not initialized and locked', async () => {
    const vault = h.make();
    expect(await vault.view()).toEqual({ initialized: false, locked: true, accounts: [], active: null });
    expect(await errorCode(vault.unlock(PASSPHRASE))).toBe('not-initialized');
    expect(await errorCode(vault.activeCredentials())).toBe('locked');
  });

  it('refuses short passphrases and a second initialisation', async () => {
    const vault = h.make();
    expect(await errorCode(vault.initialize('short'))).toBe('weak-passphrase');
    await vault.initialize(PASSPHRASE);
    expect(await errorCode(vault.initialize(PASSPHRASE))).toBe('already-initialized');
  });

  it('stores only ciphertext and gives the UI a view without secrets', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    const first = await vault.addAccount(ACCOUNT);
    const second = await vault.addAccount({ ...ACCOUNT, label: 'Intl', site: 'intl', securityToken: 'TOKENCANARY123' });
    const view = await vault.view();
    expect(view).toEqual({
      initialized: true,
      locked: false,
      active: first,
      accounts: [
        { id: first, label: 'Main partner', site: 'cn', domainId: ACCOUNT.domainId, akHint: '…WXYZ', hasToken: false },
        { id: second, label: 'Intl', site: 'intl', domainId: ACCOUNT.domainId, akHint: '…WXYZ', hasToken: true },
      ],
    });
    for (const secret of [ACCOUNT.ak, ACCOUNT.sk, 'TOKENCANARY123', PASSPHRASE]) {
      expect(JSON.stringify(view)).not.toContain(secret);
      expect(JSON.stringify(await h.stored())).not.toContain(secret);
      expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain(secret);
      expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain(secret);
    }
  });

  it('hands the active account to the API client and switches accounts', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    const first = await vault.addAccount(ACCOUNT);
    const second = await vault.addAccount({ ...ACCOUNT, label: 'Intl', site: 'intl', ak: 'AKSECONDACCOUNT00001' });
    expect(await vault.activeCredentials()).toEqual({
      accountId: first,
      site: 'cn',
      domainId: ACCOUNT.domainId,
      ak: ACCOUNT.ak,
      sk: ACCOUNT.sk,
    });
    await vault.setActiveAccount(second);
    expect((await vault.activeCredentials()).ak).toBe('AKSECONDACCOUNT00001');
    await vault.removeAccount(second);
    expect((await vault.activeCredentials()).accountId).toBe(first);
    await vault.updateAccount(first, { label: 'Renamed' });
    expect((await vault.view()).accounts[0]?.label).toBe('Renamed');
    await vault.removeAccount(first);
    expect(await errorCode(vault.activeCredentials())).toBe('no-active-account');
    expect(await errorCode(vault.setActiveAccount('nope'))).toBe('unknown-account');
  });

  it('rejects malformed account details', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    expect(await errorCode(vault.addAccount({ ...ACCOUNT, sk: 'has space' }))).toBe('invalid-account');
    expect(await errorCode(vault.addAccount({ ...ACCOUNT, label: '  ' }))).toBe('invalid-account');
    expect(await errorCode(vault.addAccount({ ...ACCOUNT, ak: '' }))).toBe('invalid-account');
  });

  it('a wrong passphrase is a typed error and leaves the record byte for byte', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    await vault.lock();
    const before = await h.stored();
    expect(await errorCode(vault.unlock('not the right passphrase'))).toBe('wrong-passphrase');
    expect(await h.stored()).toEqual(before);
    expect((await vault.view()).locked).toBe(true);
    await vault.unlock(PASSPHRASE);
    expect((await vault.activeCredentials()).sk).toBe(ACCOUNT.sk);
  });

  it('survives a worker restart without a prompt; a browser relaunch locks it', async () => {
    await h.make().initialize(PASSPHRASE);
    await h.make().addAccount(ACCOUNT);
    // A new instance has empty memory, like a restarted service worker.
    expect((await h.make().activeCredentials()).ak).toBe(ACCOUNT.ak);
    // storage.session is emptied when the browser closes.
    await fakeBrowser.storage.session.clear();
    const relaunched = h.make();
    expect(await errorCode(relaunched.activeCredentials())).toBe('locked');
    expect((await relaunched.view()).locked).toBe(true);
    await relaunched.unlock(PASSPHRASE);
    expect((await relaunched.activeCredentials()).ak).toBe(ACCOUNT.ak);
  });

  it('lock clears the session key and the memory', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    await vault.lock();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await errorCode(vault.activeCredentials())).toBe('locked');
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('pins storage.session to trusted contexts when the browser supports it', async () => {
    const setAccessLevel = vi.fn(async () => {});
    Object.assign(fakeBrowser.storage.session, { setAccessLevel });
    try {
      await h.make().initialize(PASSPHRASE);
      expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    } finally {
      Reflect.deleteProperty(fakeBrowser.storage.session, 'setAccessLevel');
    }
  });

  it('wipe deletes the vault and the session', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.wipe();
    expect(await h.stored()).toBeUndefined();
    expect(await vault.view()).toMatchObject({ initialized: false, locked: true });
    await vault.initialize('another long passphrase');
  });
});

describe('idle lock', () => {
  const h = useHarness();

  it('locks after the idle time since the last activity, not before', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    h.clock.now += 10 * 60_000;
    await vault.touch();
    h.clock.now += 14 * 60_000;
    expect(await vault.lockIfIdle(15)).toBe(false);
    h.clock.now += 60_000;
    expect(await vault.lockIfIdle(15)).toBe(true);
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('0 minutes means no idle lock; a locked vault is not "locked again"', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    h.clock.now += 24 * 60 * 60_000;
    expect(await vault.lockIfIdle(0)).toBe(false);
    await vault.lock();
    expect(await vault.lockIfIdle(15)).toBe(false);
  });
});

describe('change passphrase', () => {
  const h = useHarness();

  it('re-encrypts under a new salt; the old passphrase stops working; the session stays unlocked', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    const before = await h.stored();
    await vault.changePassphrase(PASSPHRASE, 'the brand new passphrase');
    expect((await h.stored())?.kdf.salt).not.toBe(before?.kdf.salt);
    expect((await h.make().activeCredentials()).sk).toBe(ACCOUNT.sk);
    await vault.lock();
    expect(await errorCode(vault.unlock(PASSPHRASE))).toBe('wrong-passphrase');
    await vault.unlock('the brand new passphrase');
    expect((await vault.activeCredentials()).sk).toBe(ACCOUNT.sk);
  });

  it('with a wrong current passphrase or a weak new one changes nothing', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    const before = await h.stored();
    expect(await errorCode(vault.changePassphrase('wrong passphrase!!', 'the brand new passphrase'))).toBe(
      'wrong-passphrase',
    );
    expect(await errorCode(vault.changePassphrase(PASSPHRASE, 'short'))).toBe('weak-passphrase');
    expect(await h.stored()).toEqual(before);
  });

  it('a failure while writing the new record loses nothing', async () => {
    const vault = h.make();
    await vault.initialize(PASSPHRASE);
    await vault.addAccount(ACCOUNT);
    const before = await h.stored();
    const transaction = vi.spyOn(h.db, 'transaction').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(vault.changePassphrase(PASSPHRASE, 'the brand new passphrase')).rejects.toThrow('disk full');
    transaction.mockRestore();
    expect(await h.stored()).toEqual(before);
    expect((await h.make().activeCredentials()).sk).toBe(ACCOUNT.sk); // still unlocked with the old key
    await vault.lock();
    await vault.unlock(PASSPHRASE);
    expect((await vault.activeCredentials()).sk).toBe(ACCOUNT.sk);
  });
});
