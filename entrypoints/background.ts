/** Composition root: open the database, build the services, register message handlers. No logic lives here. */
import { browser } from 'wxt/browser';
import { assistantDb } from '@/utils/cache/db';
import { createRouter, type Handlers } from '@/utils/router';
import { appHandlers } from '@/utils/services/app';

export default defineBackground(() => {
  const handlers: Handlers = {
    ...appHandlers({ db: () => assistantDb(), version: browser.runtime.getManifest().version }),
  };

  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  // Returning the promise is how the polyfill sends an async answer.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
