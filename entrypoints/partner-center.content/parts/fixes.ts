/**
 * One-click fixes. The money-moving form belongs to an extension page (security.md §2.6): the background opens
 * the confirmation page in a new tab. Only when it opens nothing (no extension page for that action) is the
 * console's own control clicked — it opens the console's form, and nothing is ever submitted for the user.
 */
import type { BannerAction } from '@/components/ConsequenceBanner';
import { findControl } from '@/utils/console/extract';
import { LABELS, SEL } from '@/utils/console/selectors';
import type { Site } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';
import { type PageAction, sendMessage } from '@/utils/messaging';
import type { FixCode } from '@/utils/rules/consequence';
import type { OobFix } from '@/utils/rules/order-on-behalf';

type Fix = FixCode | OobFix;

const FIXES: Record<Fix, { key: MessageKey; action: PageAction | null; pageLabels: readonly string[] | null }> = {
  'allocate-funds': { key: 'fixAllocate', action: 'allocate', pageLabels: LABELS.allocate },
  'set-budget': { key: 'fixSetBudget', action: 'set-budget', pageLabels: LABELS.setBudget },
  'issue-voucher': { key: 'fixIssueVoucher', action: 'issue-voucher', pageLabels: null },
  unfreeze: { key: 'fixUnfreeze', action: 'unfreeze', pageLabels: null },
  'request-authorization': {
    key: 'fixRequestAuthorization',
    action: 'request-authorization',
    pageLabels: LABELS.requestAuthorization,
  },
  'ask-distributor': { key: 'fixAskDistributor', action: null, pageLabels: null },
};

/** `scope` limits the fallback click to one row (list) or the whole page (detail). */
export function fixAction(site: Site, customerId: string, fix: Fix, scope: ParentNode): BannerAction {
  const { key, action, pageLabels } = FIXES[fix];
  return {
    id: fix,
    label: t(key),
    // Reached only by the user's own click: mountShadow's guard drops scripted events.
    onClick: async () => {
      if (action) {
        const reply = await sendMessage('page.openAction', { site, action, customerId });
        if (reply.ok && reply.value.opened) return;
      }
      if (pageLabels) findControl(scope, SEL.button, pageLabels)?.click();
    },
  };
}
