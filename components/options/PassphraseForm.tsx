/** Passphrase entry for creating, unlocking, or changing the vault. Holds the typed text only while shown. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { Field, Notice } from './Field';

export type PassphraseMode = 'setup' | 'unlock' | 'change';

export interface PassphraseFormProps {
  mode: PassphraseMode;
  /** Resolves to an error text, or null on success. */
  onSubmit(passphrase: string, current: string): Promise<string | null>;
}

const MIN = 12;

export function PassphraseForm({ mode, onSubmit }: PassphraseFormProps) {
  const [current, setCurrent] = useState('');
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const creating = mode !== 'unlock';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (creating && [...pass].length < MIN) return setError(t('optErrWeakPassphrase'));
    if (creating && pass !== confirm) return setError(t('optPassphraseMismatch'));
    setBusy(true);
    const failure = await onSubmit(pass, current);
    setBusy(false);
    setError(failure);
    if (!failure) {
      setPass('');
      setConfirm('');
      setCurrent('');
    }
  };

  const label = mode === 'setup' ? t('optSetup') : mode === 'unlock' ? t('optUnlock') : t('optChangePassphrase');
  return (
    <form class="passphrase-form" data-mode={mode} onSubmit={submit}>
      {mode === 'change' && (
        <Field label={t('optCurrentPassphrase')}>
          <input
            type="password"
            name="current-passphrase"
            autocomplete="current-password"
            value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
        </Field>
      )}
      <Field
        label={mode === 'change' ? t('optNewPassphrase') : t('optPassphrase')}
        hint={creating ? t('optPassphraseHint') : undefined}
      >
        <input
          type="password"
          name="passphrase"
          autocomplete={creating ? 'new-password' : 'current-password'}
          value={pass}
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </Field>
      {creating && (
        <Field label={t('optPassphraseConfirm')}>
          <input
            type="password"
            name="passphrase-confirm"
            autocomplete="new-password"
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </Field>
      )}
      <button type="submit" name={`${mode}-submit`} disabled={busy}>
        {label}
      </button>
      <Notice kind="error" text={error} />
    </form>
  );
}
