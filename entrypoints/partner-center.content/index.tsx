/**
 * Content script for Partner Center and console pages. It mounts its UI inside a Shadow DOM root so the
 * page's styles and scripts cannot reach into it, and it only asks the background read-only questions.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageBadge } from '@/components/PageBadge';
import { CONTENT_MATCHES } from '@/utils/console/hosts';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
// Inlined so no extension file has to be web-accessible (a page could use one to fingerprint users).
import styles from './style.css?inline';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const status = await sendMessage('app.status', {});
    const ui = await createShadowRootUi(ctx, {
      name: 'partner-assistant-root',
      css: styles,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<PageBadge text={t('pageBadge')} connected={status.ok} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
