/** What the popup shows instead of a list: no credentials, locked, first sync running, no match. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export type EmptyKind = 'no-credentials' | 'locked' | 'first-sync' | 'never-synced' | 'no-match';

export interface EmptyStateProps {
  kind: EmptyKind;
  onOpenOptions?: () => void;
  onPageOnly?: () => void;
  onSyncNow?: () => void;
  onClearFilters?: () => void;
  /** Resolves to an error text to show, or null on success. */
  onUnlock?: (passphrase: string) => Promise<string | null>;
}

export function EmptyState(props: EmptyStateProps) {
  return (
    <section class="empty" data-kind={props.kind} aria-live="polite">
      {props.kind === 'no-credentials' && (
        <>
          <h2>{t('emptyNoCredentialsTitle')}</h2>
          <p>{t('emptyNoCredentialsText')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={props.onOpenOptions}>
              {t('emptyAddCredentials')}
            </button>
            <button type="button" onClick={props.onPageOnly}>
              {t('emptyPageOnly')}
            </button>
          </div>
        </>
      )}
      {props.kind === 'locked' && <UnlockForm onUnlock={props.onUnlock} />}
      {props.kind === 'first-sync' && (
        <>
          <h2>{t('emptyFirstSyncTitle')}</h2>
          <p>{t('emptyFirstSyncText')}</p>
        </>
      )}
      {props.kind === 'never-synced' && (
        <>
          <h2>{t('emptyNeverSyncedTitle')}</h2>
          <button type="button" class="primary" onClick={props.onSyncNow}>
            {t('syncNow')}
          </button>
        </>
      )}
      {props.kind === 'no-match' && (
        <>
          <p>{t('emptyNoMatch')}</p>
          {props.onClearFilters && (
            <button type="button" onClick={props.onClearFilters}>
              {t('emptyClearFilters')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

export function UnlockForm(props: { onUnlock?: ((passphrase: string) => Promise<string | null>) | undefined }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!props.onUnlock || !passphrase) return;
    setBusy(true);
    const failure = await props.onUnlock(passphrase);
    setBusy(false);
    setError(failure);
    // Never keep the passphrase around longer than the attempt.
    setPassphrase('');
  };
  return (
    <form class="unlock" onSubmit={submit}>
      <h2>{t('emptyLockedTitle')}</h2>
      <label for="unlock-passphrase">{t('unlockLabel')}</label>
      <input
        id="unlock-passphrase"
        type="password"
        autocomplete="current-password"
        value={passphrase}
        aria-invalid={error !== null}
        aria-describedby={error ? 'unlock-error' : undefined}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      {error && (
        <p id="unlock-error" class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !passphrase}>
        {t('unlockButton')}
      </button>
    </form>
  );
}
