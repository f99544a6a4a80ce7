/** The saved partner accounts (one active), the add/edit form and the connection check. */
import { useState } from 'preact/hooks';
import { type AccountDraft, AccountForm } from '@/components/options/AccountForm';
import { AccountRow } from '@/components/options/AccountRow';
import { t } from '@/utils/i18n';
import type { VaultState } from '@/utils/messaging';
import { call, failed } from './messages';

export function AccountsSection({ vault, onChange }: { vault: VaultState; onChange(next: VaultState): void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (!vault.initialized || vault.locked) return null;

  const save = async (d: AccountDraft): Promise<string | null> => {
    const result = await call('vault.saveAccount', {
      ...(d.id ? { id: d.id } : {}),
      label: d.label,
      site: d.site,
      domainId: d.domainId,
      ...(d.ak ? { ak: d.ak } : {}),
      ...(d.sk ? { sk: d.sk } : {}),
      ...(d.securityToken ? { securityToken: d.securityToken } : {}),
    });
    if (failed(result)) return result.error;
    onChange(result.view);
    if (d.id) setEditing(null);
    return null;
  };
  const find = async (d: AccountDraft) => {
    const result = await call('account.findDomainId', {
      site: d.site,
      ak: d.ak,
      sk: d.sk,
      ...(d.securityToken ? { securityToken: d.securityToken } : {}),
    });
    return failed(result) ? result.error : result;
  };
  const update = async (answer: Promise<VaultState | { error: string }>) => {
    const result = await answer;
    if (!failed(result)) onChange(result);
  };
  const editedAccount = vault.accounts.find((a) => a.id === editing);

  return (
    <section id="accounts">
      <h2>{t('optAccountsHeading')}</h2>
      {vault.accounts.length === 0 && <p class="muted">{t('optNoAccounts')}</p>}
      <ul class="accounts">
        {vault.accounts.map((account) => (
          <AccountRow
            key={account.id}
            account={account}
            active={vault.active === account.id}
            onActivate={() => void update(call('vault.setActive', { id: account.id }))}
            onEdit={() => setEditing(account.id)}
            onRemove={() => {
              if (confirm(t('optRemoveConfirm', account.label)))
                void update(call('vault.removeAccount', { id: account.id }));
            }}
            onCheck={async () => {
              const result = await call('account.check', { accountId: account.id });
              return failed(result) ? result.error : result;
            }}
            onUseDomainId={(domainId) =>
              void save({
                id: account.id,
                label: account.label,
                site: account.site,
                domainId,
                ak: '',
                sk: '',
                securityToken: '',
              })
            }
          />
        ))}
      </ul>
      {editedAccount ? (
        <AccountForm
          key={editedAccount.id}
          editing={editedAccount}
          onSave={save}
          onFindDomain={find}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <details open={vault.accounts.length === 0}>
          <summary>{t('optAddAccount')}</summary>
          <AccountForm onSave={save} onFindDomain={find} />
        </details>
      )}
    </section>
  );
}
