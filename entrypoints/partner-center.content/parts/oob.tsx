/** order-on-behalf: pre-checks (partner-center.md §2.6) on a click, then the console's own flow or the reasons. */
import { render } from 'preact';
import { type OobOutcome, OrderOnBehalf } from '@/components/OrderOnBehalf';
import { OOB_REASON_KEY } from '@/components/oob-reasons';
import type { CustomerFacts } from '@/utils/console/extract';
import { mountShadow } from '@/utils/console/mount';
import type { Site } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { checkOrderOnBehalf, type OobCheckResult } from '@/utils/rules/order-on-behalf';
import { actingAsItem } from './acting-as-store';
import { fixAction } from './fixes';
import { ruleText } from './format';
import { driveOrderOnBehalf } from './oob-drive';
import { resolveStates } from './states';
import css from './ui.css?inline';

const ID = 'order-on-behalf';

export interface OobTarget {
  site: Site;
  facts: CustomerFacts;
  /** Where the button goes. */
  anchor: Element;
  /** Where the console's own control is: the row (list) or the page (detail). */
  scope: ParentNode;
  document: Document;
  signal: AbortSignal;
}

/** Outcomes survive re-renders of the same customer (the table redraws on every change). */
const outcomes = new Map<string, OobOutcome>();

export function mountOob(target: OobTarget): void {
  const { facts, anchor } = target;
  const { host, root } = mountShadow(anchor, ID, facts.customerId, css);
  const draw = (busy: boolean) => {
    const outcome = outcomes.get(facts.customerId) ?? null;
    host.dataset.outcome = outcome?.kind ?? '';
    render(
      <OrderOnBehalf
        label={t('oobButton')}
        busy={busy}
        outcome={outcome}
        unverifiedHeading={t('oobUnverified')}
        onClick={() => {
          draw(true);
          void decide(target).then((o) => {
            outcomes.set(facts.customerId, o);
            draw(false);
          });
        }}
      />,
      root,
    );
  };
  draw(false);
}

/** The pre-checks and, when they pass, the console's own flow; exported for tests (a real click is trusted). */
export async function decide(target: OobTarget): Promise<OobOutcome> {
  const { site, facts, document } = target;
  const state = (await resolveStates(site, [facts])).get(facts.customerId);
  const result = checkOrderOnBehalf({
    site,
    customer: { associationType: facts.associationType ?? '2', frozen: state?.frozen ?? facts.frozen ?? 0 },
    money: state?.money ?? null,
    authorized: facts.authorized,
  });
  const currency = site === 'cn' ? 'CNY' : 'USD';
  const notes = result.notes.map((n) => ruleText(n, currency));
  const unverified = result.unverified.map((u) => t(OOB_REASON_KEY[u.reason]));
  const reason = (r: OobCheckResult) => ({
    check: r.check,
    text: t(OOB_REASON_KEY[r.reason]),
    fix: r.fix ? fixAction(site, facts.customerId, r.fix, target.scope) : null,
  });
  if (!result.eligible)
    return { kind: 'refused', heading: t('oobRefused'), reasons: result.failed.map(reason), unverified, notes };
  const driven = await driveOrderOnBehalf(document, target.scope, facts.customerId, target.signal);
  if (driven === 'disabled') {
    const failed: OobCheckResult = { check: 'authorized', reason: 'not-authorized', fix: 'request-authorization' };
    return { kind: 'refused', heading: t('oobRefused'), reasons: [reason(failed)], unverified, notes };
  }
  if (driven === 'not-found') return { kind: 'error', heading: t('oobNotFound'), reasons: [], unverified, notes };
  await actingAsItem.setValue({
    site,
    customerId: facts.customerId,
    accountName: facts.accountName,
    status: state?.status ?? 'unknown',
    money: state?.money ?? null,
    startedAt: Date.now(),
  });
  const who = facts.accountName ?? facts.customerId;
  return { kind: 'opened', heading: t('oobOpened', who), reasons: [], unverified, notes };
}
