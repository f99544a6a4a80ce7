/** Steps shared by the money e2e files: messages to the background, and the confirmation page's form. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSPHRASE } from '../sync/flow';

/** The extension API the evaluated snippets use (they run in the browser, not in this process). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface SandboxKeys {
  site: string;
  ak: string;
  sk: string;
  domainId: string;
}

/** A message to the background from an extension page. */
export const send = (page: Page, type: string, payload: unknown) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

/** Sets up the vault with the sandbox account through messages (independent of the options page's layout). */
export async function configureByMessages(page: Page, account: SandboxKeys): Promise<void> {
  expect(await send(page, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  await saveAccount(page, account, 'Sandbox partner');
}

/** Saves an account in the (unlocked) vault; returns its id. */
export async function saveAccount(page: Page, account: SandboxKeys, label: string): Promise<string | undefined> {
  const { site, ak, sk, domainId } = account;
  const saved = await send(page, 'vault.saveAccount', { label, site, ak, sk, domainId });
  expect(saved).toMatchObject({ ok: true });
  return (saved as { value?: { accountId?: string } }).value?.accountId;
}

/** Saves one more account and makes it the active one. */
export async function switchToAccount(page: Page, account: SandboxKeys, label: string): Promise<void> {
  const id = await saveAccount(page, account, label);
  expect(await send(page, 'vault.setActive', { id })).toMatchObject({ ok: true });
}

/** Types the amount twice, as the confirmation page asks, and confirms. */
export async function confirmAmount(page: Page, amount: string): Promise<void> {
  await page.locator('input[name="amount"]').fill(amount);
  await page.locator('input[name="confirm"]').fill(amount);
  await page.locator('button.primary').click();
}

/** "¥1,234.56" / "$1,200.00" as the pages write money. */
export function moneyText(amount: string, currency: 'CNY' | 'USD'): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  return format.format(amount as Intl.StringNumericLiteral);
}
