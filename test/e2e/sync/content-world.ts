/**
 * Acting as a compromised content script without test code in the build: evaluate in the extension's isolated
 * world of a page through CDP (security.md §3.2).
 */
import type { Page } from 'playwright-core';

export async function contentScriptWorld(page: Page, extensionId: string) {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const deadline = Date.now() + 15_000;
  let contextId: number | undefined;
  while (contextId === undefined && Date.now() < deadline) {
    contextId = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)?.id;
    if (contextId === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  if (contextId === undefined) throw new Error('the content script world did not appear');
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const res = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.text);
      return res.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
