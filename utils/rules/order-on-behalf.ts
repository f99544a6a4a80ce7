/**
 * Pre-checks before "Place Order on Customer's Behalf" (代客下单), partner-center.md §2.6 and §2.3.
 * Failed checks are definite blockers; checks whose input is unknown (e.g. authorisation not visible on the
 * page) go to `unverified` so the UI can say "could not verify" without hiding the shortcut.
 */
import type { Customer, MoneyState, Site } from '@/utils/domain';
import { msg, type RuleMessage } from './message';
import { isNonPositive } from './money';
import { availableMoney } from './status';

export type OobCheck = 'reseller' | 'authorized' | 'money' | 'not-frozen' | 'eu-distributor-permission';

export type OobReason =
  | 'not-reseller'
  | 'not-authorized'
  | 'authorization-unknown'
  | 'no-balance'
  | 'no-budget'
  | 'money-unknown'
  | 'frozen'
  | 'no-distributor-permission'
  | 'distributor-permission-unknown';

export type OobFix = 'request-authorization' | 'allocate-funds' | 'set-budget' | 'unfreeze' | 'ask-distributor';

export interface OobCheckResult {
  check: OobCheck;
  reason: OobReason;
  /** Null when nothing the partner can do fixes it (a referral customer stays referral). */
  fix: OobFix | null;
}

export type OobNoteKey = 'oobNoteKooGalleryNotSupported' | 'oobNoteEuProductsLimited' | 'oobNoteSwitchRoleBack';

export interface OobInput {
  site: Site;
  /** The EU site (huaweicloud.com/eu) — a flavour of intl with its own reseller limits. */
  eu?: boolean;
  customer: Pick<Customer, 'associationType' | 'frozen'>;
  money?: MoneyState | null;
  /** From the page/API: authorisation approved by the customer; 'unknown' when not visible. */
  authorized: boolean | 'unknown';
  /** EU tier-2 resellers also need the distributor's order/O&M permission. */
  tier2Reseller?: boolean;
  distributorGranted?: boolean | 'unknown';
}

export interface OobEligibility {
  eligible: boolean;
  failed: OobCheckResult[];
  unverified: OobCheckResult[];
  notes: RuleMessage<OobNoteKey>[];
}

/** EU reseller docs limit ordering on behalf to these services (§2.6 Restrictions). */
export const EU_OOB_PRODUCTS = ['ECS', 'EVS', 'EIP'] as const;

export function checkOrderOnBehalf(input: OobInput): OobEligibility {
  const failed: OobCheckResult[] = [];
  const unverified: OobCheckResult[] = [];
  if (input.customer.associationType !== '2') {
    failed.push({ check: 'reseller', reason: 'not-reseller', fix: null });
  }
  if (input.authorized === false) {
    failed.push({ check: 'authorized', reason: 'not-authorized', fix: 'request-authorization' });
  } else if (input.authorized === 'unknown') {
    unverified.push({ check: 'authorized', reason: 'authorization-unknown', fix: 'request-authorization' });
  }
  const moneyFix: OobFix = input.site === 'cn' ? 'allocate-funds' : 'set-budget';
  const available = input.money ? availableMoney(input.money) : null;
  if (available === null) {
    unverified.push({ check: 'money', reason: 'money-unknown', fix: moneyFix });
  } else if (isNonPositive(available)) {
    failed.push({ check: 'money', reason: input.site === 'cn' ? 'no-balance' : 'no-budget', fix: moneyFix });
  }
  if (input.customer.frozen !== 0) failed.push({ check: 'not-frozen', reason: 'frozen', fix: 'unfreeze' });
  if (input.site === 'intl' && input.eu && input.tier2Reseller) {
    const granted = input.distributorGranted ?? 'unknown';
    const check: OobCheck = 'eu-distributor-permission';
    if (granted === false) failed.push({ check, reason: 'no-distributor-permission', fix: 'ask-distributor' });
    if (granted === 'unknown')
      unverified.push({ check, reason: 'distributor-permission-unknown', fix: 'ask-distributor' });
  }
  return { eligible: failed.length === 0, failed, unverified, notes: notesFor(input) };
}

function notesFor(input: OobInput): RuleMessage<OobNoteKey>[] {
  const notes: RuleMessage<OobNoteKey>[] = [];
  // KooGallery (云商店) products cannot be ordered on behalf — documented for China (§2.6).
  if (input.site === 'cn') notes.push(msg('oobNoteKooGalleryNotSupported'));
  if (input.site === 'intl' && input.eu) notes.push(msg('oobNoteEuProductsLimited', EU_OOB_PRODUCTS.join(', ')));
  // The session switches to the customer; Switch Role returns to the partner account.
  notes.push(msg('oobNoteSwitchRoleBack'));
  return notes;
}
