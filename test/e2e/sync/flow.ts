/** Options-page steps done like a user, and reads of the extension's state for the sync e2e tests. */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SiteDataset } from '../../sandbox/bss/types';
import type { SandboxAccount } from '../../sandbox/server';

export const PASSPHRASE = 'correct horse battery staple';

/** Creates the vault and types the account's label, site and keys into the form, like a user. */
export async function createVaultAndTypeKeys(options: Page, account: SandboxAccount) {
  await options.locator('input[name="passphrase"]').fill(PASSPHRASE);
  await options.locator('input[name="passphrase-confirm"]').fill(PASSPHRASE);
  await options.locator('button[name="setup-submit"]').click();
  const form = options.locator('#accounts form.account-form');
  await form.locator('input[name="label"]').fill('Sandbox partner');
  await form.locator('select[name="site"]').selectOption(account.site);
  await form.locator('input[name="ak"]').fill(account.ak);
  await form.locator('input[name="sk"]').fill(account.sk);
  return form;
}

/** Creates the vault, adds the account (account id found through IAM), saves and checks the connection. */
export async function configureAccount(options: Page, account: SandboxAccount): Promise<void> {
  const form = await createVaultAndTypeKeys(options, account);
  await form.locator('button[name="find-domain-id"]').click();
  await expect.poll(() => form.locator('input[name="domain-id"]').inputValue()).toBe(account.domainId);
  await form.locator('button[name="save-account"]').click();
  const row = options.locator('.account-row');
  await expect.poll(() => row.count()).toBe(1);
  // The keys are gone from the form and never shown again.
  expect(await form.locator('input[name="sk"]').inputValue()).toBe('');
  expect(await options.content()).not.toContain(account.sk);
  await row.locator('button[name="check"]').click();
  await expect.poll(() => row.locator('.check-result').getAttribute('data-status'), { timeout: 15_000 }).toBe('ok');
}

export interface StatusView {
  running: boolean;
  lastSuccessAt: number | null;
  jobs: { id: string; state: string; done: number; total: number | null; lastSuccessAt: number | null }[];
}

/** `sync.status` as an extension page sees it (this also wakes a stopped worker). */
export async function syncStatus(page: Page): Promise<StatusView> {
  return page.evaluate(async () => {
    const ext = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: StatusView }> } };
    };
    const reply = await ext.chrome.runtime.sendMessage({ type: 'sync.status', payload: {} });
    if (!reply?.ok) throw new Error(`sync.status failed: ${JSON.stringify(reply)}`);
    return reply.value;
  });
}

export async function customersJob(page: Page) {
  const status = await syncStatus(page);
  const job = status.jobs.find((j) => j.id === 'customers');
  if (!job) throw new Error('no customers job');
  return job;
}

/** Ids of the cached customers of one scope, read from the extension's IndexedDB in an extension page. */
export async function cachedCustomerIds(page: Page, partnerId: string, site: string): Promise<string[]> {
  return page.evaluate(
    async ({ partnerId, site }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('partner-assistant');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const range = IDBKeyRange.bound([partnerId, site], [partnerId, site, []]);
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        const req = db.transaction('customers').objectStore('customers').getAllKeys(range);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return keys.map((k) => String((k as unknown[])[2]));
    },
    { partnerId, site },
  );
}

/** Every record of one scope in an extension store (customers, vouchers, checkpoints, …), read in an extension page. */
export async function cachedRecords<T>(page: Page, store: string, partnerId: string, site: string): Promise<T[]> {
  return page.evaluate(
    async ({ store, partnerId, site }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('partner-assistant');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const range = IDBKeyRange.bound([partnerId, site], [partnerId, site, []]);
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll(range);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows;
    },
    { store, partnerId, site },
  ) as Promise<T[]>;
}

export const idsHash = (ids: readonly string[]) =>
  createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex');

/** Resellers that cannot buy: frozen, balance ≤ 0 or in arrears (China); restated from the dataset. */
export function expectedAtRisk(data: SiteDataset): number {
  return data.customers.filter(
    (c) => c.associationType === '2' && (c.frozen !== 0 || c.balanceFen <= 0 || c.debtFen > 0),
  ).length;
}
