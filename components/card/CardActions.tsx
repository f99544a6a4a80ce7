/**
 * What the partner can do from the card. Order on behalf runs the pre-checks first (utils/rules) and, when a
 * check fails, says which and what fixes it instead of sending the user into a dead end.
 */
import type { Site } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';
import type { OobEligibility, OobFix } from '@/utils/rules/order-on-behalf';
import { OOB_REASON_KEY } from '../oob-reasons';

export type CardAction = 'open' | 'order' | 'copy' | 'allocate' | 'issue-voucher' | 'set-budget' | 'unfreeze';

const FIXES: Readonly<Record<OobFix, { key: MessageKey; action: CardAction | null }>> = {
  'allocate-funds': { key: 'fixAllocate', action: 'allocate' },
  'set-budget': { key: 'fixSetBudget', action: 'set-budget' },
  unfreeze: { key: 'fixUnfreeze', action: 'unfreeze' },
  'request-authorization': { key: 'fixRequestAuthorization', action: 'open' },
  'ask-distributor': { key: 'fixAskDistributor', action: null },
};

export interface CardActionsProps {
  site: Site;
  reseller: boolean;
  frozen: boolean;
  oob: OobEligibility;
  copied: boolean;
  onAction: (action: CardAction) => void;
}

export function CardActions({ site, reseller, frozen, oob, copied, onAction }: CardActionsProps) {
  const button = (action: CardAction, key: MessageKey, primary = false) => (
    <button type="button" class={primary ? 'primary' : undefined} onClick={() => onAction(action)}>
      {t(key)}
    </button>
  );
  return (
    <section class="card-section card-actions" aria-label={t('cardActions')}>
      <div class="actions">
        {button('open', 'cardOpenInConsole', true)}
        <button type="button" disabled={!oob.eligible} aria-describedby="oob-checks" onClick={() => onAction('order')}>
          {t('oobButton')}
        </button>
        <button type="button" onClick={() => onAction('copy')} aria-live="polite">
          {t(copied ? 'cardCopied' : 'cardCopyId')}
        </button>
        {reseller && site === 'cn' && button('allocate', 'fixAllocate')}
        {reseller && site === 'cn' && button('issue-voucher', 'fixIssueVoucher')}
        {reseller && site === 'intl' && button('set-budget', 'fixSetBudget')}
        {reseller && site === 'intl' && frozen && button('unfreeze', 'fixUnfreeze')}
      </div>
      <div id="oob-checks" class="oob-checks">
        {oob.failed.length > 0 && (
          <>
            <p>{t('oobRefused')}</p>
            <ul>
              {oob.failed.map((f) => (
                <li key={f.check} data-check={f.check}>
                  {t(OOB_REASON_KEY[f.reason])}
                  {f.fix && <FixButton fix={f.fix} onAction={onAction} />}
                </li>
              ))}
            </ul>
          </>
        )}
        {oob.unverified.length > 0 && (
          <p class="muted">
            {t('oobUnverified')} {oob.unverified.map((u) => t(OOB_REASON_KEY[u.reason])).join('; ')}
          </p>
        )}
      </div>
    </section>
  );
}

function FixButton({ fix, onAction }: { fix: OobFix; onAction: (action: CardAction) => void }) {
  const { key, action } = FIXES[fix];
  if (!action) return <span class="muted"> — {t(key)}</span>;
  return (
    <>
      {' — '}
      <button type="button" class="link" onClick={() => onAction(action)}>
        {t(key)}
      </button>
    </>
  );
}
