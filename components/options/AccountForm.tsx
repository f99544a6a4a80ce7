/**
 * Add or edit a partner account. Keys typed here go to the background once and are cleared from the form
 * after saving; an edited account shows only its AK hint (blank key fields keep the saved keys).
 */
import { useState } from 'preact/hooks';
import type { Site } from '@/utils/domain';
import { t } from '@/utils/i18n';
import type { VaultAccountView } from '@/utils/vault/accounts';
import { Field, Notice } from './Field';

export interface AccountDraft {
  id?: string;
  label: string;
  site: Site;
  domainId: string;
  ak: string;
  sk: string;
  securityToken: string;
}

export interface AccountFormProps {
  editing?: VaultAccountView;
  /** Resolves to an error text, or null when saved. */
  onSave(draft: AccountDraft): Promise<string | null>;
  /** Resolves to the found id and name, or an error text. */
  onFindDomain(draft: AccountDraft): Promise<{ domainId: string; name: string } | string>;
  onCancel?(): void;
}

export function AccountForm({ editing, onSave, onFindDomain, onCancel }: AccountFormProps) {
  const [draft, setDraft] = useState<AccountDraft>({
    ...(editing ? { id: editing.id } : {}),
    label: editing?.label ?? '',
    site: editing?.site ?? 'cn',
    domainId: editing?.domainId ?? '',
    ak: '',
    sk: '',
    securityToken: '',
  });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const keyHint = editing ? t('optKeepKey') : undefined;

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const error = await onSave(draft);
    setBusy(false);
    if (error) return setMessage({ kind: 'error', text: error });
    set({ ak: '', sk: '', securityToken: '' });
    setMessage({ kind: 'ok', text: t('optSaved') });
  };

  const find = async () => {
    setBusy(true);
    const found = await onFindDomain(draft);
    setBusy(false);
    if (typeof found === 'string') return setMessage({ kind: 'error', text: found });
    set({ domainId: found.domainId });
    setMessage({ kind: 'info', text: t('optFoundDomainId', found.domainId, found.name) });
  };

  return (
    <form class="account-form" onSubmit={save}>
      <Field label={t('optLabel')}>
        <input name="label" value={draft.label} maxLength={64} onInput={(e) => set({ label: e.currentTarget.value })} />
      </Field>
      <Field label={t('optSite')}>
        <select
          name="site"
          value={draft.site}
          onChange={(e) => set({ site: e.currentTarget.value === 'intl' ? 'intl' : 'cn' })}
        >
          <option value="cn">{t('optSiteCn')}</option>
          <option value="intl">{t('optSiteIntl')}</option>
        </select>
      </Field>
      <Field label={t('optAk')} hint={editing ? `${t('optAkHint', editing.akHint)} · ${keyHint}` : undefined}>
        <input
          name="ak"
          autocomplete="off"
          spellcheck={false}
          value={draft.ak}
          onInput={(e) => set({ ak: e.currentTarget.value.trim() })}
        />
      </Field>
      <Field label={t('optSk')} hint={keyHint}>
        <input
          name="sk"
          type="password"
          autocomplete="off"
          value={draft.sk}
          onInput={(e) => set({ sk: e.currentTarget.value.trim() })}
        />
      </Field>
      <Field label={t('optToken')} hint={keyHint}>
        <textarea
          name="security-token"
          rows={2}
          value={draft.securityToken}
          onInput={(e) => set({ securityToken: e.currentTarget.value.trim() })}
        />
      </Field>
      <Field label={t('optDomainId')}>
        <span class="inline">
          <input
            name="domain-id"
            spellcheck={false}
            value={draft.domainId}
            onInput={(e) => set({ domainId: e.currentTarget.value.trim() })}
          />
          <button type="button" name="find-domain-id" disabled={busy || !draft.ak || !draft.sk} onClick={find}>
            {t('optFindDomainId')}
          </button>
        </span>
      </Field>
      <div class="actions">
        <button type="submit" name="save-account" disabled={busy}>
          {t('optSave')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('optCancel')}
          </button>
        )}
      </div>
      <Notice kind={message?.kind ?? 'info'} text={message?.text ?? null} />
    </form>
  );
}
