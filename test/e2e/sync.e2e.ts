/**
 * Issue 4 end to end, in Chromium with the production build: credentials entered in the options page like a
 * user, a real sync against the sandbox, the toolbar badge, the worker killed mid-sync, and the lock.
 * Each block starts its own sandbox (2,000 / 10,000 customers) and browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permanentAccount, type Sandbox, startSandbox } from '../sandbox/server';
import { type ExtensionSession, launchExtension } from './harness';
import { contentScriptWorld } from './sync/content-world';
import { cachedCustomerIds, configureAccount, customersJob, expectedAtRisk, idsHash, syncStatus } from './sync/flow';

/** The extension APIs the evaluated snippets use (they run in the browser, not in this process). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

function useSandboxSession(customers: number, seed: number) {
  const state = {} as { sandbox: Sandbox; session: ExtensionSession; options: Page };
  beforeAll(async () => {
    state.sandbox = await startSandbox({ seed, customers });
    state.session = await launchExtension({ sandboxPort: state.sandbox.info.port });
    state.options = await state.session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    const errors = state.session?.errors ?? [];
    await state.session?.close();
    await state.sandbox?.close();
    expect(errors, 'console errors in extension contexts').toEqual([]);
  });
  return state;
}

/**
 * Answered ListSubCustomers requests of sync pages (limit 100) and how many distinct pages they were. A 429
 * (the connection check shares the per-API limit) is retried by the client and not counted.
 */
function listPages(sandbox: Sandbox) {
  const offsets = sandbox.bss.requests
    .filter((r) => r.operation === 'ListSubCustomers' && r.status === 200)
    .filter((r) => (r.body as { limit?: number } | null)?.limit === 100)
    .map((r) => (r.body as { offset?: number }).offset ?? 0);
  return { requests: offsets.length, pages: new Set(offsets).size };
}

const account = (s: Sandbox) => permanentAccount(s.info);

describe('2,000 customers: options page → sync → badge → lock', () => {
  const s = useSandboxSession(2000, 21);

  it('is configured in the options page like a user does it, and the connection check passes', async () => {
    await configureAccount(s.options, account(s.sandbox));
  });

  it('syncs every customer and shows the blocked/frozen resellers on the badge', async () => {
    await expect
      .poll(async () => (await customersJob(s.options)).lastSuccessAt, { timeout: 60_000, interval: 500 })
      .not.toBeNull();
    const data = s.sandbox.bss.dataset.sites.cn;
    const ids = await cachedCustomerIds(s.options, account(s.sandbox).domainId, 'cn');
    expect(ids.length).toBe(2000);
    // Sync pages only (the connection check also lists, with limit 1): one request per page of 100.
    expect(listPages(s.sandbox)).toEqual({ requests: 20, pages: 20 });
    const expected = String(expectedAtRisk(data));
    await expect
      .poll(() => s.session.evalInWorker(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toBe(expected);
    const title = await s.session.evalInWorker(() => chrome.action.getTitle({}));
    expect(title).toContain(expected);
  });

  it('locking stops the sync and no secret is readable from a content script or storage.local', async () => {
    const { ak, sk } = account(s.sandbox);
    await s.options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.now', payload: {} }));
    await s.options.locator('button[name="lock"]').click();
    await expect.poll(async () => (await syncStatus(s.options)).running, { timeout: 10_000 }).toBe(false);
    const before = s.sandbox.bss.requests.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(s.sandbox.bss.requests.length).toBe(before);
    expect((await customersJob(s.options)).state).not.toBe('running');

    const local = await s.options.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(local).not.toContain(sk);
    expect(local).not.toContain(ak);

    const page = await s.session.openPage('https://account.huaweicloud.com/obmgr/#/obmgr/index');
    const world = await contentScriptWorld(page, s.session.extensionId);
    const seen = await world.evaluate<string>(`(async () => {
      const out = { local: JSON.stringify(await chrome.storage.local.get(null)), replies: [] };
      try { await chrome.storage.session.get(null); out.session = 'readable'; } catch (e) { out.session = 'refused'; }
      for (const type of ['vault.state', 'vault.unlock', 'account.check', 'account.findDomainId', 'sync.status', 'sync.now']) {
        out.replies.push(await chrome.runtime.sendMessage({ type, payload: {} }));
      }
      return JSON.stringify(out);
    })()`);
    await world.close();
    await page.close();
    const parsed = JSON.parse(seen) as { session: string; replies: { ok: boolean; error?: { code: string } }[] };
    expect(parsed.session).toBe('refused');
    expect(parsed.replies.every((r) => !r.ok && r.error?.code === 'forbidden')).toBe(true);
    expect(seen).not.toContain(sk);
    expect(seen).not.toContain(ak);
  });
});

describe('10,000 customers: the worker is killed three times during the sync', () => {
  const s = useSandboxSession(10_000, 22);

  it('ends with exactly the sandbox customers (count and hash of ids)', async () => {
    await configureAccount(s.options, account(s.sandbox));
    for (const threshold of [1500, 4500, 7500]) {
      await expect
        .poll(async () => (await customersJob(s.options)).done, { timeout: 60_000, interval: 200 })
        .toBeGreaterThanOrEqual(threshold);
      await s.session.stopWorker();
      await syncStatus(s.options); // a real event wakes the worker; it resumes from the checkpoint
    }
    await expect
      .poll(async () => (await customersJob(s.options)).lastSuccessAt, { timeout: 90_000, interval: 500 })
      .not.toBeNull();
    const data = s.sandbox.bss.dataset.sites.cn;
    const ids = await cachedCustomerIds(s.options, account(s.sandbox).domainId, 'cn');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(data.customers.length);
    expect(idsHash(ids)).toBe(idsHash(data.customers.map((c) => c.customerId)));
    // Each kill re-fetches at most the page that was in flight.
    const { requests, pages } = listPages(s.sandbox);
    expect(pages).toBe(100);
    expect(requests).toBeLessThanOrEqual(100 + 3);
  });
});
