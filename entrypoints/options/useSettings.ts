/** The settings item, live: read once, follow changes from other pages, write patches (refused as a whole if invalid). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { getSettingsStore, type Settings, SettingsError, type SettingsPatch } from '@/utils/settings';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    const store = getSettingsStore();
    void store.get().then(setSettings);
    return store.watch(setSettings);
  }, []);
  const update = async (patch: SettingsPatch) => {
    try {
      setSettings(await getSettingsStore().update(patch));
      setNotice({ kind: 'ok', text: t('optSettingsSaved') });
    } catch (error) {
      const fields = error instanceof SettingsError ? error.fields.join(', ') : String(error);
      setNotice({ kind: 'error', text: t('optSettingsInvalid', fields) });
    }
  };
  return { settings, update, notice };
}
