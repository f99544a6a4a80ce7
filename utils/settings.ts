/**
 * User settings: one versioned WXT storage item in storage.local. No secrets here (content scripts can read
 * storage.local). Reads are lenient: a corrupt or missing field falls back to its default, field by field.
 * Writes are strict: a patch with an invalid field is refused as a whole (SettingsError names the fields).
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { DecimalString, Site } from './domain';
import type { StatusSettings } from './rules/status';

export const FEATURE_IDS = [
  'balance-warning',
  'customer-mentions',
  'incentive-explainer',
  'order-on-behalf',
  'acting-as-banner',
  'package-quota',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

export type Language = 'auto' | 'zh_CN' | 'en';
export type DataMode = 'api' | 'page-only';

export interface LowBalanceThreshold {
  /** Warn below this available amount (site currency); null = off. */
  amount: DecimalString | null;
  /** Warn when fewer days of average spend are left; null = off. */
  days: number | null;
}

export interface Settings {
  /** Minutes between background syncs per data kind: money moves fast, the customer list slowly. */
  syncMinutes: { money: number; customers: number; vouchers: number; resources: number };
  lowBalance: { cn: LowBalanceThreshold; intl: LowBalanceThreshold };
  notifications: boolean;
  features: Record<FeatureId, boolean>;
  language: Language;
  dataMode: DataMode;
  /** Lock the vault after this many idle minutes; 0 = only when the browser closes. */
  idleLockMinutes: number;
  /** Largest single allocation / voucher / budget change the UI accepts, per site currency. */
  perActionLimit: { cn: DecimalString; intl: DecimalString };
}

export const SETTINGS_KEY = 'local:settings';
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  syncMinutes: { money: 15, customers: 360, vouchers: 60, resources: 360 },
  lowBalance: { cn: { amount: '100', days: 3 }, intl: { amount: '100', days: 3 } },
  notifications: true,
  features: {
    'balance-warning': true,
    'customer-mentions': true,
    'incentive-explainer': true,
    'order-on-behalf': true,
    'acting-as-banner': true,
    'package-quota': true,
  },
  language: 'auto',
  // API mode needs credentials; the options page switches to it once an account is added.
  dataMode: 'page-only',
  idleLockMinutes: 15,
  perActionLimit: { cn: '10000', intl: '2000' },
};

const D = DEFAULT_SETTINGS;
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const amount = v.pipe(v.string(), v.regex(/^\d{1,12}(\.\d{1,2})?$/));
const bool = (fallback: boolean) => v.fallback(v.boolean(), fallback);
const low = (d: LowBalanceThreshold) =>
  v.fallback(
    v.object({
      amount: v.fallback(v.nullable(amount), d.amount),
      days: v.fallback(v.nullable(int(1, 365)), d.days),
    }),
    d,
  );

/** Each leaf falls back to its default on its own; a nested object that is not an object falls back whole. */
const SettingsSchema = v.object({
  syncMinutes: v.fallback(
    v.object({
      money: v.fallback(int(5, 1440), D.syncMinutes.money),
      customers: v.fallback(int(30, 10080), D.syncMinutes.customers),
      vouchers: v.fallback(int(15, 1440), D.syncMinutes.vouchers),
      resources: v.fallback(int(30, 10080), D.syncMinutes.resources),
    }),
    D.syncMinutes,
  ),
  lowBalance: v.fallback(v.object({ cn: low(D.lowBalance.cn), intl: low(D.lowBalance.intl) }), D.lowBalance),
  notifications: bool(D.notifications),
  features: v.fallback(
    v.object({
      'balance-warning': bool(D.features['balance-warning']),
      'customer-mentions': bool(D.features['customer-mentions']),
      'incentive-explainer': bool(D.features['incentive-explainer']),
      'order-on-behalf': bool(D.features['order-on-behalf']),
      'acting-as-banner': bool(D.features['acting-as-banner']),
      'package-quota': bool(D.features['package-quota']),
    }),
    D.features,
  ),
  language: v.fallback(v.picklist(['auto', 'zh_CN', 'en']), D.language),
  dataMode: v.fallback(v.picklist(['api', 'page-only']), D.dataMode),
  idleLockMinutes: v.fallback(int(0, 1440), D.idleLockMinutes),
  perActionLimit: v.fallback(
    v.object({ cn: v.fallback(amount, D.perActionLimit.cn), intl: v.fallback(amount, D.perActionLimit.intl) }),
    D.perActionLimit,
  ),
});

/** Any stored value → valid settings; unknown keys are dropped. */
export function normalizeSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, isPlainObject(raw) ? raw : {});
}

/** The shape the first release stored (one sync interval, one China threshold, a disabled-feature list). */
export interface SettingsV1 {
  syncIntervalMinutes?: number;
  lowBalanceThreshold?: number | string;
  notify?: boolean;
  disabledFeatures?: string[];
  language?: string;
  autoLockMinutes?: number;
}

export function migrateV1toV2(old: unknown): unknown {
  // Stored data is untrusted even in the old shape; every field is checked again by normalizeSettings.
  const v1: { [K in keyof SettingsV1]?: unknown } = isPlainObject(old) ? old : {};
  const every = v1.syncIntervalMinutes;
  const disabled = Array.isArray(v1.disabledFeatures) ? v1.disabledFeatures : [];
  return {
    syncMinutes:
      typeof every === 'number'
        ? {
            money: every,
            vouchers: every,
            customers: Math.max(every, D.syncMinutes.customers),
            resources: Math.max(every, D.syncMinutes.resources),
          }
        : undefined,
    lowBalance: {
      cn: {
        amount:
          typeof v1.lowBalanceThreshold === 'number' || typeof v1.lowBalanceThreshold === 'string'
            ? String(v1.lowBalanceThreshold)
            : undefined,
      },
    },
    notifications: v1.notify,
    features: Object.fromEntries(FEATURE_IDS.map((id) => [id, !disabled.includes(id)])),
    language: v1.language === 'zh-CN' ? 'zh_CN' : v1.language,
    idleLockMinutes: v1.autoLockMinutes,
  };
}

/** A site's thresholds in the shape utils/rules/status.ts takes (null = off → omitted). */
export function lowBalanceFor(settings: Settings, site: Site): StatusSettings {
  const { amount, days } = settings.lowBalance[site];
  const result: StatusSettings = {};
  if (amount !== null) result.lowAmount = amount;
  if (days !== null) result.lowDays = days;
  return result;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type SettingsPatch = DeepPartial<Settings>;

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly fields: string[]) {
    super(`Invalid settings: ${fields.join(', ')}`);
  }
}

export function createSettingsStore() {
  // Migrations run when the item is defined (WXT), so define it lazily, once per store.
  const item = storage.defineItem<unknown>(SETTINGS_KEY, {
    version: SETTINGS_VERSION,
    migrations: { 2: migrateV1toV2 },
  });
  const get = async (): Promise<Settings> => normalizeSettings(await item.getValue());
  return {
    item,
    get,
    /** Applies a partial change; rejects the whole patch if any field in it is invalid or unknown. */
    async update(patch: SettingsPatch): Promise<Settings> {
      const merged = mergeDeep(await get(), patch);
      const next = normalizeSettings(merged);
      const invalid = differingPaths(merged, next);
      if (invalid.length > 0) throw new SettingsError(invalid);
      await item.setValue(next);
      return next;
    },
    async reset(): Promise<Settings> {
      await item.setValue(DEFAULT_SETTINGS);
      return DEFAULT_SETTINGS;
    },
    watch(callback: (settings: Settings) => void): () => void {
      return item.watch((value) => callback(normalizeSettings(value)));
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

let shared: SettingsStore | undefined;
export function getSettingsStore(): SettingsStore {
  shared ??= createSettingsStore();
  return shared;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) out[key] = mergeDeep(base[key], value);
  return out;
}

/** Dotted paths where `a` and `b` differ (b is `a` after normalising, so these are the rejected fields). */
function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differingPaths(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [prefix || '(root)'];
}
