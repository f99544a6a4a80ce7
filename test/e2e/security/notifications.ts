/**
 * Chrome shows notifications outside any page, so the test records what the worker asks it to show: the
 * worker's `chrome.notifications.create` is wrapped before the first sync (the polyfill looks it up lazily).
 */
import type { ExtensionSession } from '../harness';

interface NotificationsGlobal {
  chrome: { notifications: { create(...args: unknown[]): unknown } };
  __notificationTexts?: string[];
}

export async function recordNotifications(extension: ExtensionSession): Promise<void> {
  await extension.evalInWorker(() => {
    const g = globalThis as unknown as NotificationsGlobal;
    const texts: string[] = [];
    g.__notificationTexts = texts;
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (...args: unknown[]) => {
      const options = args.find((a): a is { title: string; message: string } => typeof a === 'object' && a !== null);
      if (options) texts.push(`${options.title}\n${options.message}`);
      return create(...args);
    };
  });
}

/** Titles and messages shown since recording started (the worker must not have been restarted). */
export function notificationTexts(extension: ExtensionSession): Promise<string[]> {
  return extension.evalInWorker(() => (globalThis as unknown as NotificationsGlobal).__notificationTexts ?? []);
}
