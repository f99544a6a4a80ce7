/**
 * Content script for Partner Center and console pages: runs the registered features on load and on
 * every hash/history navigation (Partner Center is a hash-routed SPA). It only asks the background
 * read-only questions; it never sees a secret.
 */
import { CONTENT_MATCHES } from '@/utils/console/hosts';
import { FEATURES } from './registry';
import { createRunner } from './runner';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const runner = createRunner({
      features: FEATURES,
      document,
      isEnabled: () => true,
      onError: (id, error) => console.warn(`[partner-assistant] feature ${id} failed:`, error),
    });
    const rerun = () => runner.run(location.href);
    ctx.addEventListener(window, 'hashchange', rerun);
    ctx.addEventListener(window, 'popstate', rerun);
    ctx.onInvalidated(() => runner.stop());
    rerun();
  },
});
