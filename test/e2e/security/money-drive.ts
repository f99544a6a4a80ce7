/**
 * Driving one G7 row through the confirmation page like a user: confirm (once, twice, from two tabs), then
 * wait for the verdict, pressing "check again" while the outcome is unknown — the only thing a user can do
 * then. The page never offers to send again unless reconciliation proved nothing was applied.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../harness';
import { confirmAmount } from '../money/flow';
import type { SiteCase } from './money-audit';
import type { Drive } from './money-rows';

const FINAL = ['done', 'reconciled-done', 'reconciled-not-done', 'failed'];

export async function openConfirm(session: ExtensionSession, sc: SiteCase, customerId: string): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/confirm.html?action=${sc.kind}&customer=${customerId}`;
  const page = await session.openPage(url);
  await expect.poll(() => page.locator(`[data-customer="${customerId}"]`).count(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => page.locator('input[name="amount"]').count(), { timeout: 20_000 }).toBe(1);
  return page;
}

async function fill(page: Page, amount: string): Promise<void> {
  await page.locator('input[name="amount"]').fill(amount);
  await page.locator('input[name="confirm"]').fill(amount);
  await expect.poll(() => page.locator('button.primary').isEnabled()).toBe(true);
}

/** Confirms as the row says; returns the pages that show the operation. */
export async function confirmRow(
  session: ExtensionSession,
  sc: SiteCase,
  customerId: string,
  amount: string,
  drive: Drive,
): Promise<Page[]> {
  if (drive === 'two-tabs') {
    const tabs = [await openConfirm(session, sc, customerId), await openConfirm(session, sc, customerId)];
    for (const tab of tabs) await fill(tab, amount);
    await Promise.all(tabs.map((tab) => tab.locator('button.primary').click()));
    return tabs;
  }
  const page = await openConfirm(session, sc, customerId);
  if (drive === 'double-click') {
    await fill(page, amount);
    await page.locator('button.primary').dblclick();
  } else {
    await confirmAmount(page, amount);
  }
  return [page];
}

const stateOf = (page: Page) => page.locator('section.operation').getAttribute('data-state', { timeout: 1000 });

/**
 * Waits until the page shows a verdict ('ambiguous' when it asks the user to pick among several records),
 * pressing "check again" whenever the outcome is unknown and idle.
 */
export async function awaitVerdict(page: Page, timeoutMs = 90_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const state = await stateOf(page).catch(() => null);
    if (state && FINAL.includes(state)) return state;
    // Several trail records could be this operation: the page lists them and leaves the decision to the user.
    const candidates = page.locator('section.operation[data-state="unknown"] > p.warn:not(.result)');
    if (state === 'unknown' && (await candidates.count()) > 0) return 'ambiguous';
    const check = page.locator('section.operation[data-state="unknown"] button');
    if ((await check.count()) === 1 && (await check.isEnabled())) await check.click();
    await page.waitForTimeout(1000);
  }
  throw new Error(`no verdict within ${timeoutMs} ms (state ${await stateOf(page).catch(() => null)})`);
}

/** The verdict of whichever tab sent (the other one was told the operation is already under way). */
export async function awaitAnyVerdict(pages: Page[]): Promise<string> {
  return Promise.any(pages.map((p) => awaitVerdict(p, 30_000)));
}

/** The "send again" choice, offered only after reconciliation proved the operation was not applied. */
export const sendAgainOffered = (page: Page) =>
  page.locator('section.operation[data-state="reconciled-not-done"] button').count();

/**
 * Opens the history page until `readState` (the journal) shows a verdict: asking for pending operations is
 * what makes a restarted worker settle the ones its predecessor left open.
 */
export async function settleThroughHistory(
  session: ExtensionSession,
  readState: () => Promise<string | undefined>,
  timeoutMs = 75_000,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last: string | undefined;
  while (Date.now() < until) {
    const page = await session.openPage(`chrome-extension://${session.extensionId}/confirm.html?action=history`);
    await page.waitForTimeout(3000);
    await page.close();
    last = await readState();
    if (last && FINAL.includes(last)) return last;
  }
  throw new Error(`no verdict through the history page within ${timeoutMs} ms (last ${last})`);
}
