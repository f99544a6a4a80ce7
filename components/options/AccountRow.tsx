/** One saved account: label, site, account id and AK hint (never the keys), with its actions. */
import { useState } from 'preact/hooks';
import type { ConnectionCheckResult } from '@/utils/api/connection-check';
import { t } from '@/utils/i18n';
import type { VaultAccountView } from '@/utils/vault/accounts';
import { checkText, siteName } from './check-text';
import { Notice } from './Field';

export interface AccountRowProps {
  account: VaultAccountView;
  active: boolean;
  onActivate(): void;
  onEdit(): void;
  onRemove(): void;
  /** Resolves to the check result, or an error text when the check could not run. */
  onCheck(): Promise<ConnectionCheckResult | string>;
  onUseDomainId(domainId: string): void;
}

export function AccountRow(props: AccountRowProps) {
  const { account } = props;
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<ConnectionCheckResult | string | null>(null);
  const check = async () => {
    setChecking(true);
    setResult(null);
    setResult(await props.onCheck());
    setChecking(false);
  };
  const words = result === null ? null : typeof result === 'string' ? { ok: false, text: result } : checkText(result);
  return (
    <li class="account-row" data-account-id={account.id} data-active={props.active}>
      <div class="account-line">
        <strong>{account.label}</strong>
        <span>{siteName(account.site)}</span>
        <code>{account.domainId}</code>
        <span class="muted">{t('optAkHint', account.akHint)}</span>
        {props.active ? (
          <span class="tag">{t('optActive')}</span>
        ) : (
          <button type="button" name="activate" onClick={props.onActivate}>
            {t('optMakeActive')}
          </button>
        )}
      </div>
      <div class="actions">
        <button type="button" name="check" disabled={checking} onClick={check}>
          {checking ? t('optChecking') : t('optCheck')}
        </button>
        <button type="button" name="edit" onClick={props.onEdit}>
          {t('optEdit')}
        </button>
        <button type="button" name="remove" onClick={props.onRemove}>
          {t('optRemove')}
        </button>
      </div>
      {words && (
        <div
          class="check-result"
          data-ok={words.ok}
          data-status={typeof result === 'object' && result ? result.status : 'error'}
        >
          <Notice kind={words.ok ? 'ok' : 'error'} text={words.text} />
          {typeof result === 'object' && result?.status === 'wrong-account-id' && (
            <button type="button" name="use-domain-id" onClick={() => props.onUseDomainId(result.actualDomainId)}>
              {t('optCheckUseId', result.actualDomainId)}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
