import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_TYPES, requestSchemas } from '@/utils/messaging';
import { createRouter } from '@/utils/router';
import { vaultHandlers } from '@/utils/services/vault';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { ACCOUNT, PASSPHRASE, useHarness } from '../vault/helpers';

const ctx = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const optionsTab = {
  id: 'ext',
  url: 'chrome-extension://ext/options.html',
  tab: { id: 3 },
} as Browser.runtime.MessageSender;
const contentScript = {
  id: 'ext',
  url: 'https://account.huaweicloud.com/obmgr/',
  tab: { id: 1 },
} as Browser.runtime.MessageSender;

describe('the message boundary', () => {
  it('no vault.*, account.* or sync.* type is open to content scripts', () => {
    const privileged = Object.keys(requestSchemas).filter((t) => /^(vault|account|sync)\./.test(t));
    expect(privileged.length).toBeGreaterThanOrEqual(14);
    for (const type of privileged) expect(CONTENT_SCRIPT_TYPES.has(type as keyof typeof requestSchemas)).toBe(false);
  });
});

describe('vault handlers', () => {
  const h = useHarness();
  function setup() {
    const vault = h.make();
    let settings: Settings = DEFAULT_SETTINGS;
    const sync = { ensure: vi.fn(async () => {}), stop: vi.fn(async () => {}), restart: vi.fn(async () => {}) };
    const handlers = vaultHandlers({
      vault,
      db: async () => h.db,
      settings: {
        get: async () => settings,
        update: async (patch) => {
          settings = { ...settings, ...(patch as Partial<Settings>) };
          return settings;
        },
      },
      sync,
      checkConnection: async () => ({ status: 'network' }),
      findDomain: async () => ({ id: 'found-id', name: 'found' }),
    });
    const route = createRouter(handlers, ctx);
    return { vault, handlers, route, sync, settings: () => settings };
  }

  it('answers an options page opened in a tab (it has sender.tab) and refuses a content script', async () => {
    const { route } = setup();
    expect(await route({ type: 'vault.state', payload: {} }, optionsTab)).toMatchObject({ ok: true });
    expect(await route({ type: 'vault.state', payload: {} }, contentScript)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('a wrong passphrase is a clear error with reason wrong-passphrase', async () => {
    const { route } = setup();
    await route({ type: 'vault.setup', payload: { passphrase: PASSPHRASE } }, optionsTab);
    await route({ type: 'vault.lock', payload: {} }, optionsTab);
    const reply = await route({ type: 'vault.unlock', payload: { passphrase: 'not the passphrase' } }, optionsTab);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'Wrong passphrase', reason: 'wrong-passphrase' },
    });
  });

  it('saving an account answers the redacted view only, switches to API mode and starts a sync', async () => {
    const { route, sync, settings } = setup();
    await route({ type: 'vault.setup', payload: { passphrase: PASSPHRASE } }, optionsTab);
    const reply = await route({ type: 'vault.saveAccount', payload: { ...ACCOUNT } }, optionsTab);
    expect(reply.ok).toBe(true);
    const text = JSON.stringify(reply);
    expect(text).not.toContain(ACCOUNT.sk);
    expect(text).not.toContain(ACCOUNT.ak);
    expect(text).toContain('…WXYZ');
    expect(settings().dataMode).toBe('api');
    expect(sync.ensure).toHaveBeenCalled();
    const state = await route({ type: 'vault.state', payload: {} }, optionsTab);
    expect(state).toMatchObject({
      ok: true,
      value: { locked: false, activeAccount: { label: ACCOUNT.label, site: 'cn' } },
    });
  });

  it('editing keeps the saved keys when the key fields are left empty', async () => {
    const { route, vault } = setup();
    await route({ type: 'vault.setup', payload: { passphrase: PASSPHRASE } }, optionsTab);
    const saved = await route({ type: 'vault.saveAccount', payload: { ...ACCOUNT } }, optionsTab);
    if (!saved.ok) throw new Error('save failed');
    const { accountId } = saved.value as { accountId: string };
    await route(
      { type: 'vault.saveAccount', payload: { id: accountId, label: 'Renamed', site: 'cn', domainId: 'other-id' } },
      optionsTab,
    );
    expect(await vault.activeCredentials()).toMatchObject({ ak: ACCOUNT.ak, sk: ACCOUNT.sk, domainId: 'other-id' });
  });

  it('lock stops the sync; while locked the remembered active account is still named', async () => {
    const { route, sync } = setup();
    await route({ type: 'vault.setup', payload: { passphrase: PASSPHRASE } }, optionsTab);
    await route({ type: 'vault.saveAccount', payload: { ...ACCOUNT } }, optionsTab);
    const locked = await route({ type: 'vault.lock', payload: {} }, optionsTab);
    expect(sync.stop).toHaveBeenCalled();
    expect(locked).toMatchObject({
      ok: true,
      value: { locked: true, accounts: [], activeAccount: { label: ACCOUNT.label } },
    });
  });

  it('account.findDomainId answers the IAM account id', async () => {
    const { route } = setup();
    const reply = await route(
      { type: 'account.findDomainId', payload: { site: 'cn', ak: ACCOUNT.ak, sk: ACCOUNT.sk } },
      optionsTab,
    );
    expect(reply).toEqual({ ok: true, value: { domainId: 'found-id', name: 'found' } });
  });
});
