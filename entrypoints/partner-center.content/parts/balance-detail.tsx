/** balance-warning on the customer detail: a banner with the consequence on this site and a one-click fix. */
import { render } from 'preact';
import { ConsequenceBanner } from '@/components/ConsequenceBanner';
import { observeChanges, oneAtATime, waitFor } from '@/utils/console/dom';
import { type DetailFacts, readCustomerDetail } from '@/utils/console/extract';
import { HOST_TAG, mountShadow, unmountFeature } from '@/utils/console/mount';
import { customerIdFromRoute } from '@/utils/console/pages';
import type { Site } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { availableMoney } from '@/utils/rules/status';
import type { FeatureContext } from '../feature';
import { consequenceOf } from './consequence-of';
import { fixAction } from './fixes';
import { ageLine, money, ruleText } from './format';
import { type ResolvedState, resolveStates } from './states';
import css from './ui.css?inline';

const ID = 'balance-warning';

function title(site: Site, state: ResolvedState): string {
  const m = state.money;
  const left = m ? availableMoney(m) : null;
  if (state.status === 'frozen') return t('bannerFrozen');
  if (!m || left === null) return t('statusUnknown');
  if (state.status === 'low') return t('bannerLow', money(left, m.currency));
  if (m.site === 'intl') return t('bannerBlockedIntl', money(m.used, m.currency), money(m.budget, m.currency));
  return site === 'cn' ? t('bannerBlockedCn', money(left, m.currency)) : t('statusBlocked');
}

export function renderBanner(document: Document, site: Site, facts: DetailFacts, state: ResolvedState): void {
  const consequence = consequenceOf(site, state, facts.budgetType);
  if (!consequence) return void unmountFeature(document, ID);
  const currency = site === 'cn' ? 'CNY' : 'USD';
  const { host, root } = mountShadow(facts.anchor, ID, 'banner', css, 'after');
  host.dataset.status = state.status;
  render(
    <ConsequenceBanner
      status={state.status}
      title={title(site, state)}
      effects={consequence.effects.map((e) => ruleText(e, currency))}
      fixes={consequence.fixes.map((f) => fixAction(site, facts.customerId, f, document))}
      footnote={ageLine(state.source, state.fetchedAt)}
    />,
    root,
  );
}

export async function annotateDetail(ctx: FeatureContext, site: Site): Promise<void> {
  const { document, signal } = ctx;
  const id = customerIdFromRoute(ctx.page.url);
  if (!id) return;
  const read = () => readCustomerDetail(document, site, id);
  await waitFor(document.body, () => read()?.anchor ?? null, signal);
  const draw = oneAtATime(async () => {
    const facts = read();
    if (!facts) return;
    const state = (await resolveStates(site, [facts])).get(id);
    if (state && !signal.aborted) renderBanner(document, site, facts, state);
  });
  observeChanges(document.body, () => void draw(), signal, HOST_TAG);
  await draw();
}
