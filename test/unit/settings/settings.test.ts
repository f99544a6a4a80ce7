import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  FEATURE_IDS,
  lowBalanceFor,
  normalizeSettings,
  SETTINGS_VERSION,
  SettingsError,
  type SettingsV1,
} from '@/utils/settings';

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

describe('reading settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await createSettingsStore().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back field by field on corrupt values and drops unknown keys', () => {
    const settings = normalizeSettings({
      syncMinutes: { money: 2, customers: 720, vouchers: 'often' },
      lowBalance: { cn: { amount: '-5', days: 7 }, intl: 'nope' },
      notifications: 'yes',
      features: { 'balance-warning': false, 'package-quota': 1, 'not-a-feature': true },
      language: 'en',
      dataMode: 'api',
      idleLockMinutes: 30.5,
      perActionLimit: { cn: '5000.00', intl: 1000 },
      stray: 'dropped',
    });
    expect(settings).toEqual({
      syncMinutes: { money: 15, customers: 720, vouchers: 60, resources: 360 },
      lowBalance: { cn: { amount: '100', days: 7 }, intl: DEFAULT_SETTINGS.lowBalance.intl },
      notifications: true,
      features: { ...DEFAULT_SETTINGS.features, 'balance-warning': false },
      language: 'en',
      dataMode: 'api',
      idleLockMinutes: 15,
      perActionLimit: { cn: '5000.00', intl: '2000' },
    });
  });

  it.each([null, 42, 'text', [1, 2]])('treats a stored %j as "all defaults"', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('contains every content-script feature toggle', () => {
    expect(Object.keys(DEFAULT_SETTINGS.features).sort()).toEqual([...FEATURE_IDS].sort());
  });
});

describe('migration from the v1 shape', () => {
  it('maps every v1 field and records the new version', async () => {
    const v1: SettingsV1 = {
      syncIntervalMinutes: 30,
      lowBalanceThreshold: 250,
      notify: false,
      disabledFeatures: ['customer-mentions', 'order-on-behalf'],
      language: 'zh-CN',
      autoLockMinutes: 5,
    };
    await fakeBrowser.storage.local.set({ settings: v1 }); // v1 wrote no version metadata
    const settings = await createSettingsStore().get();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      syncMinutes: { money: 30, vouchers: 30, customers: 360, resources: 360 },
      lowBalance: { cn: { amount: '250', days: 3 }, intl: DEFAULT_SETTINGS.lowBalance.intl },
      notifications: false,
      features: { ...DEFAULT_SETTINGS.features, 'customer-mentions': false, 'order-on-behalf': false },
      language: 'zh_CN',
      idleLockMinutes: 5,
    });
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('survives a partial or broken v1 value', async () => {
    await fakeBrowser.storage.local.set({ settings: { syncIntervalMinutes: 'soon', disabledFeatures: 'all' } });
    expect(await createSettingsStore().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('does not migrate a value already at the current version', async () => {
    const current = { ...DEFAULT_SETTINGS, idleLockMinutes: 42 };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    expect((await createSettingsStore().get()).idleLockMinutes).toBe(42);
  });
});

describe('updating settings', () => {
  it('merges a partial patch and stores the whole, versioned value', async () => {
    const store = createSettingsStore();
    const next = await store.update({ syncMinutes: { money: 5 }, features: { 'acting-as-banner': false } });
    expect(next.syncMinutes).toEqual({ ...DEFAULT_SETTINGS.syncMinutes, money: 5 });
    expect(next.features['acting-as-banner']).toBe(false);
    expect(await createSettingsStore().get()).toEqual(next);
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('refuses an invalid patch as a whole, naming the fields, and stores nothing', async () => {
    const store = createSettingsStore();
    const error = await store
      .update({ idleLockMinutes: -1, lowBalance: { cn: { amount: '1e9' } }, notifications: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).fields.sort()).toEqual(['idleLockMinutes', 'lowBalance.cn.amount']);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('allows turning a threshold off with null, which the status rules see as omitted', async () => {
    const next = await createSettingsStore().update({ lowBalance: { intl: { days: null } } });
    expect(next.lowBalance.intl).toEqual({ amount: '100', days: null });
    expect(lowBalanceFor(next, 'intl')).toEqual({ lowAmount: '100' });
    expect(lowBalanceFor(next, 'cn')).toEqual({ lowAmount: '100', lowDays: 3 });
  });

  it('notifies watchers with normalised settings', async () => {
    const store = createSettingsStore();
    const seen: number[] = [];
    const unwatch = store.watch((s) => seen.push(s.idleLockMinutes));
    await store.update({ idleLockMinutes: 30 });
    unwatch();
    expect(seen).toEqual([30]);
  });
});
