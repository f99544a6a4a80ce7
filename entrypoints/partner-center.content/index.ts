/**
 * Content script for Partner Center and console pages: runs the registered features on load and on
 * every hash/history navigation (Partner Center is a hash-routed SPA), and again when the settings change
 * (a feature turned off loses its UI at once). It only asks the background read-only questions; it never
 * sees a secret.
 */
import { CONTENT_MATCHES } from '@/utils/console/hosts';
import { isFeatureEnabled, loadSettings } from './parts/settings';
import { FEATURES } from './registry';
import { createRunner } from './runner';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const runner = createRunner({
      features: FEATURES,
      document,
      isEnabled: isFeatureEnabled,
      onError: (id, error) => console.warn(`[partner-assistant] feature ${id} failed:`, error),
    });
    const rerun = () => runner.run(location.href);
    const unwatch = await loadSettings(rerun);
    ctx.addEventListener(window, 'hashchange', rerun);
    ctx.addEventListener(window, 'popstate', rerun);
    ctx.onInvalidated(() => {
      unwatch();
      runner.stop();
    });
    rerun();
  },
});
