/** Create / unlock / lock the vault, change its passphrase, wipe it. */
import { Notice } from '@/components/options/Field';
import { PassphraseForm } from '@/components/options/PassphraseForm';
import { t } from '@/utils/i18n';
import type { VaultState } from '@/utils/messaging';
import { call, failed } from './messages';

export function VaultSection({ vault, onChange }: { vault: VaultState; onChange(next: VaultState): void }) {
  const run = async (answer: Promise<VaultState | { error: string }>) => {
    const result = await answer;
    if (failed(result)) return result.error;
    onChange(result);
    return null;
  };
  return (
    <section id="vault" data-initialized={vault.initialized} data-locked={vault.locked}>
      <h2>{t('optVaultHeading')}</h2>
      <p class="muted">{t('optVaultIntro')}</p>
      {!vault.initialized && (
        <PassphraseForm mode="setup" onSubmit={(p) => run(call('vault.setup', { passphrase: p }))} />
      )}
      {vault.initialized && vault.locked && (
        <>
          <Notice kind="info" text={t('optLocked')} />
          <PassphraseForm mode="unlock" onSubmit={(p) => run(call('vault.unlock', { passphrase: p }))} />
        </>
      )}
      {vault.initialized && !vault.locked && (
        <>
          <p class="status-line">
            {t('optUnlocked')}{' '}
            <button type="button" name="lock" onClick={() => void run(call('vault.lock', {}))}>
              {t('optLock')}
            </button>
          </p>
          <details>
            <summary>{t('optChangePassphrase')}</summary>
            <PassphraseForm
              mode="change"
              onSubmit={async (next, current) => {
                const result = await call('vault.changePassphrase', { current, next });
                return failed(result) ? result.error : null;
              }}
            />
          </details>
        </>
      )}
      {vault.initialized && (
        <button
          type="button"
          name="wipe"
          class="danger"
          onClick={() => {
            if (confirm(t('optWipeConfirm'))) void run(call('vault.wipe', {}));
          }}
        >
          {t('optWipe')}
        </button>
      )}
    </section>
  );
}
