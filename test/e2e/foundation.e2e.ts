import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { useExtension } from './suite';

const extension = useExtension();

describe('the shipped manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify(manifest);

  it('never names localhost, loopback addresses or <all_urls>', () => {
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|\*:\/\/\*\//);
  });

  it('keeps externally_connectable closed', () => {
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });
});

describe('the first vertical slice, on the real host names', () => {
  it('the content script mounts a Shadow-DOM element on the Partner Center page', async () => {
    const page = await extension().openPage('https://account.huaweicloud.com/obmgr/#/obmgr/index');
    const host = page.locator('pa-ui[data-feature="assistant-status"]');
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    expect(await host.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    // The badge inside the shadow root heard back from the background.
    await expect.poll(() => page.locator('.pa-badge').getAttribute('data-connected')).toBe('true');
    await page.close();
  });

  it('the content script runs on the international site too', async () => {
    const page = await extension().openPage('https://account-intl.huaweicloud.com/obmgr/#/obmgr/index');
    await expect
      .poll(() => page.locator('pa-ui[data-feature="assistant-status"]').count(), { timeout: 15_000 })
      .toBe(1);
    await page.close();
  });

  it('the popup renders and gets an answer from the background backed by IndexedDB', async () => {
    const popup = await extension().openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.status').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    const first = await popup.locator('.status').textContent();
    await popup.reload();
    await expect.poll(() => popup.locator('.status').getAttribute('data-state')).toBe('ready');
    const second = await popup.locator('.status').textContent();
    const count = (s: string | null) => Number(/(\d+)/.exec(s ?? '')?.[1]);
    expect(count(second)).toBe(count(first) + 1);
    await popup.close();
  });

  it('answers again after the service worker is killed, with its IndexedDB state intact', async () => {
    const before = await extension().evalInWorker(() => performance.timeOrigin);
    const popup = await extension().openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('.status').getAttribute('data-state')).toBe('ready');
    const countBefore = Number(/(\d+)/.exec((await popup.locator('.status').textContent()) ?? '')?.[1]);

    await extension().stopWorker();

    await popup.reload(); // a real event wakes the worker again
    await expect.poll(() => popup.locator('.status').getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    const countAfter = Number(/(\d+)/.exec((await popup.locator('.status').textContent()) ?? '')?.[1]);
    expect(countAfter).toBe(countBefore + 1);
    const after = await extension().evalInWorker(() => performance.timeOrigin);
    expect(after).toBeGreaterThan(before); // a new worker instance answered
    await popup.close();
  });
});
