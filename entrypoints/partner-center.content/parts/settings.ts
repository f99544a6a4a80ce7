/** The content script's view of the user's settings: loaded once, then kept current by a storage watch. */
import type { Site } from '@/utils/domain';
import { detectLang, setLang } from '@/utils/i18n';
import type { StatusSettings } from '@/utils/rules/status';
import { DEFAULT_SETTINGS, getSettingsStore, type Settings } from '@/utils/settings';
import type { FeatureId } from '../feature';

let current: Settings = DEFAULT_SETTINGS;

export function contentSettings(): Settings {
  return current;
}

function apply(settings: Settings): void {
  current = settings;
  setLang(settings.language === 'auto' ? detectLang(navigator.language) : settings.language);
}

/** Loads settings and calls `onChange` after every later change; returns the unwatch function. */
export async function loadSettings(onChange: () => void): Promise<() => void> {
  const store = getSettingsStore();
  apply(await store.get().catch(() => DEFAULT_SETTINGS));
  return store.watch((next) => {
    apply(next);
    onChange();
  });
}

export function isFeatureEnabled(id: FeatureId): boolean {
  return id === 'assistant-status' || current.features[id] !== false;
}

export function statusSettings(site: Site): StatusSettings {
  const low = current.lowBalance[site];
  const out: StatusSettings = {};
  if (low.amount !== null) out.lowAmount = low.amount;
  if (low.days !== null) out.lowDays = low.days;
  return out;
}
