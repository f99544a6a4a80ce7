/**
 * Issue 7, from the warning to the money: with credentials configured and synced, the fix on a blocked
 * reseller's row in the customer list opens the extension's confirmation page in a new tab (the console page
 * never shows a money form); after confirming, the reloaded list shows the customer healthy, with the figure
 * the sandbox now holds. China allocates funds, intl sets a budget; no money request is ever sent twice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fenToString, type SandboxCustomer } from '../sandbox/bss/index';
import { permanentAccount, type Sandbox, startSandbox } from '../sandbox/server';
import { confirmAmount, switchToAccount } from './money/flow';
import { expectedStatus, fetchCustomers, shownChips } from './pc/expect';
import { useExtension } from './suite';
import { contentScriptWorld } from './sync/content-world';
import { configureAccount, customersJob } from './sync/flow';

const MONEY_OPERATIONS = ['UpdateCustomerAccountAmount', 'UpdateSubCustomerBudget', 'ReclaimCustomerAccountAmount'];
const state = {} as { sandbox: Sandbox; options: Page };

beforeAll(async () => {
  state.sandbox = await startSandbox({ seed: 57, customers: 300 });
});
const extension = useExtension({ sandboxPort: () => state.sandbox.info.port });
afterAll(async () => {
  // Exactly one request per confirmed intent: nothing re-sent, whatever the page or the worker did.
  const money = state.sandbox.bss.requests.filter((r) => MONEY_OPERATIONS.includes(r.operation ?? ''));
  expect(money.map((r) => r.operation)).toEqual(['UpdateCustomerAccountAmount', 'UpdateSubCustomerBudget']);
  await state.sandbox?.close();
});

const account = (site: 'cn' | 'intl') => permanentAccount(state.sandbox.info, site);

/** The customer's state as the BSS sandbox holds it, through its control plane. */
async function sandboxState(id: string, site: 'cn' | 'intl') {
  const url = `https://127.0.0.1:${state.sandbox.info.port}/__sandbox/state?customer_id=${id}&site=${site}`;
  const res = await extension().context.request.get(url);
  return (await res.json()) as { balance?: string; budget?: { amount: string; used: string } };
}

/** What the extension tells the page about one customer (asked from the content script's own world). */
async function extensionState(page: Page, site: string, id: string) {
  const world = await contentScriptWorld(page, extension().extensionId);
  const payload = JSON.stringify({ site, customerIds: [id] });
  const reply = await world.evaluate<{
    value: { states: Record<string, { status: string; money: { balance?: string; budget?: string } | null }> };
  }>(`chrome.runtime.sendMessage({ type: 'page.customerStates', payload: ${payload} })`);
  await world.close();
  return reply.value.states[id];
}

/** Opens the list (50 a page), picks the first blocked, unfrozen reseller and waits for its warning chip. */
async function blockedRow(host: string, locale: string): Promise<{ list: Page; id: string }> {
  const list = await extension().openPage(`https://${host}/obmgr/?locale=${locale}#/obmgr/customer/list`);
  await list.locator('tp-pagination select.page-size').selectOption('50');
  const { rows } = await fetchCustomers(list, { offset: 0, limit: 50 });
  const row = rows.find((r) => r.associationType === '2' && r.frozen === 0 && expectedStatus(r) === 'blocked');
  if (!row) throw new Error('no blocked reseller on the first page');
  await expect.poll(async () => (await shownChips(list))[row.customerId], { timeout: 15_000 }).toBe('blocked');
  return { list, id: row.customerId };
}

/** Clicks the row's fix; the confirmation page must open in a new tab, for this customer and action. */
async function fixOpensConfirm(list: Page, id: string, action: string): Promise<Page> {
  const fix = list.locator(`pa-ui[data-feature="balance-warning"][data-key="${id}"] button.pa-chip-fix`);
  const [confirm] = await Promise.all([extension().context.waitForEvent('page'), fix.click()]);
  await confirm.waitForLoadState();
  const url = new URL(confirm.url());
  expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(
    `chrome-extension://${extension().extensionId}/confirm.html`,
  );
  expect(Object.fromEntries(url.searchParams)).toEqual({ action, customer: id });
  expect(await list.locator('tp-modal, [role="dialog"]').count()).toBe(0);
  await expect.poll(() => confirm.locator(`[data-customer="${id}"]`).count(), { timeout: 15_000 }).toBe(1);
  return confirm;
}

async function customer(site: 'cn' | 'intl', id: string): Promise<SandboxCustomer> {
  const c = state.sandbox.bss.dataset.sites[site].customers.find((x) => x.customerId === id);
  if (!c) throw new Error(`no ${site} customer ${id}`);
  return c;
}

describe('from the warning to the money', () => {
  it('China: configured and synced, the blocked row’s fix allocates funds and the row turns healthy', async () => {
    state.options = await extension().openExtensionPage('options.html');
    await configureAccount(state.options, account('cn'));
    await expect
      .poll(async () => (await customersJob(state.options)).lastSuccessAt, { timeout: 60_000, interval: 500 })
      .not.toBeNull();
    const { list, id } = await blockedRow('account.huaweicloud.com', 'zh-cn');
    const confirm = await fixOpensConfirm(list, id, 'allocate');
    const c = await customer('cn', id);
    await confirmAmount(confirm, fenToString(c.debtFen - c.balanceFen + 200_000));
    await expect.poll(() => confirm.locator('.result.ok').count(), { timeout: 15_000 }).toBe(1);
    const after = await sandboxState(id, 'cn');
    expect(Number(after.balance)).toBeGreaterThan(1000);
    await list.reload();
    await expect.poll(async () => Object.keys(await shownChips(list)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await shownChips(list))[id]).toBeUndefined();
    const shown = await extensionState(list, 'cn', id);
    expect(shown?.status).toBe('ok');
    expect(Number(shown?.money?.balance)).toBe(Number(after.balance));
  });

  it('intl: the blocked row’s fix sets a budget and the row turns healthy', async () => {
    await switchToAccount(state.options, account('intl'), 'Intl partner');
    const { list, id } = await blockedRow('account-intl.huaweicloud.com', 'en-us');
    const confirm = await fixOpensConfirm(list, id, 'set-budget');
    const c = await customer('intl', id);
    await confirmAmount(confirm, fenToString((c.budget?.usedFen ?? 0) + 200_000));
    await expect.poll(() => confirm.locator('.result.ok').count(), { timeout: 15_000 }).toBe(1);
    const after = await sandboxState(id, 'intl');
    await list.reload();
    await expect.poll(async () => Object.keys(await shownChips(list)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await shownChips(list))[id]).toBeUndefined();
    const shown = await extensionState(list, 'intl', id);
    expect(shown?.status).toBe('ok');
    expect(Number(shown?.money?.budget)).toBe(Number(after.budget?.amount));
  });
});
