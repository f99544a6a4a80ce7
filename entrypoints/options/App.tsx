/** The options page: vault, accounts, sync, alerts, features, language and data mode. */
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '@/components/options/Field';
import { detectLang, setLang, t } from '@/utils/i18n';
import type { VaultState } from '@/utils/messaging';
import { AccountsSection } from './AccountsSection';
import { call, failed } from './messages';
import { PreferencesSection } from './PreferencesSection';
import { SyncSection } from './SyncSection';
import { useSettings } from './useSettings';
import { VaultSection } from './VaultSection';

export function App() {
  const { settings, update, notice } = useSettings();
  const [vault, setVault] = useState<VaultState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('vault.state', {}).then((result) => (failed(result) ? setError(result.error) : setVault(result)));
  }, []);
  // The chosen language applies at once; "auto" follows the browser.
  if (settings) setLang(settings.language === 'auto' ? detectLang(navigator.language) : settings.language);
  return (
    <main lang={settings?.language === 'zh_CN' ? 'zh-CN' : undefined}>
      <h1>{t('optionsTitle')}</h1>
      <Notice kind="error" text={error} />
      {vault && <VaultSection vault={vault} onChange={setVault} />}
      {vault && <AccountsSection vault={vault} onChange={setVault} />}
      {settings && <SyncSection settings={settings} update={update} />}
      {settings && <PreferencesSection settings={settings} update={update} />}
      <Notice kind={notice?.kind ?? 'ok'} text={notice?.text ?? null} />
    </main>
  );
}
