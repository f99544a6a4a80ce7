/**
 * After an order on behalf started here, console pages show "Acting as <customer> · balance … · Switch back",
 * warning when that customer cannot pay (partner-center.md §2.6). Switch back uses the console's own control.
 */
import { render } from 'preact';
import { ActingAsBanner } from '@/components/ActingAsBanner';
import { waitFor } from '@/utils/console/dom';
import { findControl, readActingAccount } from '@/utils/console/extract';
import { mountShadow } from '@/utils/console/mount';
import { LABELS, SEL } from '@/utils/console/selectors';
import { t } from '@/utils/i18n';
import { availableMoney, isAtRisk } from '@/utils/rules/status';
import { defineFeature } from '../feature';
import { ACTING_AS_MAX_AGE_MS, actingAsItem } from '../parts/acting-as-store';
import { money } from '../parts/format';
import { cachedStates } from '../parts/states';
import css from '../parts/ui.css?inline';

export default defineFeature({
  id: 'acting-as-banner',
  pages: ['console'],
  async run({ document, signal, page }) {
    const acting = await actingAsItem.getValue();
    if (!acting || acting.site !== page.site || Date.now() - acting.startedAt > ACTING_AS_MAX_AGE_MS) return;
    // The console says whose session this is; without its Switch Role control we are back on the partner.
    const header = await waitFor(document.body, () => findControl(document, SEL.button, LABELS.switchRole), signal);
    const shownName = readActingAccount(document, LABELS.currentAccount);
    const cached = (await cachedStates(page.site, [acting.customerId])).get(acting.customerId);
    if (signal.aborted) return;
    const state = cached?.source === 'api' ? cached : acting;
    const left = state.money ? availableMoney(state.money) : null;
    const parts = [t('actingAs', shownName ?? acting.accountName ?? acting.customerId)];
    if (state.money && left !== null) {
      const key = state.money.site === 'cn' ? 'actingAsBalance' : 'actingAsBudget';
      parts.push(t(key, money(left, state.money.currency)));
    }
    const { host, root } = mountShadow(document.body, 'acting-as-banner', 'banner', css, 'prepend');
    host.dataset.customerId = acting.customerId;
    render(
      <ActingAsBanner
        text={parts.join(' · ')}
        warning={isAtRisk(state.status) ? t('actingAsCannotPay') : null}
        switchLabel={t('actingAsSwitchBack')}
        onSwitch={async () => {
          await actingAsItem.setValue(null);
          header.click();
        }}
      />,
      root,
    );
  },
});
