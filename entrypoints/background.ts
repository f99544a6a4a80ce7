/** Composition root: open the database, register message handlers. No logic lives here. */
import { browser } from 'wxt/browser';
import { incrementCounter, openAssistantDb } from '@/utils/cache/db';
import { createRouter, type Handlers } from '@/utils/router';

export default defineBackground(() => {
  const workerStartedAt = Date.now();
  const db = openAssistantDb();

  const handlers: Handlers = {
    'app.status': async () => ({
      version: browser.runtime.getManifest().version,
      statusCount: await incrementCounter(await db, 'statusCount'),
      workerStartedAt,
    }),
  };

  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  // Returning the promise is how the polyfill sends an async answer.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
