/**
 * Issue 7 end to end (China): the confirmation page against the sandbox with the production build — figures
 * fetched by the background, the amount typed twice, one request, the new balance; then the worker killed
 * between send and answer, and the reopened page showing what happened. Needs the money handlers wired in
 * entrypoints/background.ts (createMoneyService). The sandbox's request log must show no duplicate.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fenToString, type SandboxCustomer } from '../sandbox/bss/index';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { type ExtensionSession, launchExtension } from './harness';
import { configureByMessages, confirmAmount as fillAndConfirm, moneyText, switchToAccount } from './money/flow';

const state = {} as { sandbox: Sandbox; session: ExtensionSession; options: Page };
let confirmed = 0;

const cn = () => {
  const a = state.sandbox.info.accounts.find((x) => x.site === 'cn' && !x.securityToken);
  if (!a) throw new Error('no China account');
  return a;
};
const allocations = () => state.sandbox.bss.requests.filter((r) => r.operation === 'UpdateCustomerAccountAmount');

async function openConfirm(customer: SandboxCustomer, action = 'allocate'): Promise<Page> {
  const url = `chrome-extension://${state.session.extensionId}/confirm.html?action=${action}&customer=${customer.customerId}`;
  const page = await state.session.openPage(url);
  // The name comes from the background (cache/API), not from the URL.
  await expect
    .poll(() => page.locator(`[data-customer="${customer.customerId}"]`).textContent())
    .toContain(customer.name || customer.accountName);
  return page;
}

async function confirmAmount(page: Page, amount: string): Promise<void> {
  confirmed++;
  await fillAndConfirm(page, amount);
}

beforeAll(async () => {
  state.sandbox = await startSandbox({ seed: 31, customers: 300 });
  state.session = await launchExtension({ sandboxPort: state.sandbox.info.port });
  state.options = await state.session.openExtensionPage('options.html');
  // No sync needed: the confirmation page's figures and names come from the API when the cache lacks them.
  await configureByMessages(state.options, cn());
});

afterAll(async () => {
  // The suite's audit: exactly one allocation request per confirmed intent, none re-sent.
  expect(allocations()).toHaveLength(confirmed);
  expect(state.sandbox.bss.ledger.filter((e) => e.kind === 'allocate')).toHaveLength(confirmed);
  await state.session?.close();
  await state.sandbox?.close();
});

describe('allocate funds from the confirmation page', () => {
  const blocked = () => {
    const c = state.sandbox.bss.dataset.sites.cn.customers.find((x) => x.associationType === '2' && x.balanceFen <= 0);
    if (!c) throw new Error('no blocked reseller');
    return c;
  };

  it('sends once and shows the platform transaction id and the new balance', async () => {
    const c = blocked();
    const page = await openConfirm(c);
    const amount = fenToString(c.debtFen - c.balanceFen + 10_000);
    await confirmAmount(page, amount);
    await expect.poll(() => page.locator('.result.ok').count(), { timeout: 15_000 }).toBe(1);
    const transferId = state.sandbox.bss.ledger[0]?.transferId;
    expect(transferId).toBeTruthy();
    expect(await page.locator('.result.ok').textContent()).toContain(transferId);
    expect(await page.locator('.new-figure').textContent()).toContain(moneyText(fenToString(c.balanceFen), 'CNY'));
    expect(allocations()).toHaveLength(1);
  });

  it('worker killed between send and answer: the reopened page shows it was done, nothing re-sent', async () => {
    const c = state.sandbox.bss.dataset.sites.cn.customers.find((x) => x.associationType === '2' && x.balanceFen > 0);
    if (!c) throw new Error('no funded reseller');
    state.sandbox.bss.setFaults({
      rules: [{ kind: 'hang', delayMs: 20_000, phase: 'after', operations: ['UpdateCustomerAccountAmount'] }],
    });
    const page = await openConfirm(c);
    const before = state.sandbox.bss.ledger.length;
    await confirmAmount(page, '12.34');
    await expect.poll(() => state.sandbox.bss.ledger.length, { timeout: 15_000 }).toBe(before + 1);
    await state.session.stopWorker();
    state.sandbox.bss.setFaults({});
    const history = await state.session.openPage(
      `chrome-extension://${state.session.extensionId}/confirm.html?action=history`,
    );
    await expect
      .poll(() => history.locator('table.history tr[data-state]').first().getAttribute('data-state'), {
        timeout: 20_000,
      })
      .toBe('reconciled-done');
    expect(await history.locator('table.history').first().textContent()).toContain(
      state.sandbox.bss.ledger.at(-1)?.transferId ?? '?',
    );
  });
});

describe('set a budget on the international site', () => {
  it('switches to the intl account, sets the budget and unfreezes with one request, and shows the new budget', async () => {
    const intl = state.sandbox.info.accounts.find((x) => x.site === 'intl' && !x.securityToken);
    if (!intl) throw new Error('no intl account');
    await switchToAccount(state.options, intl, 'Intl partner');
    const c = state.sandbox.bss.dataset.sites.intl.customers.find((x) => x.associationType === '2' && x.budget);
    if (!c) throw new Error('no intl reseller with a budget');
    c.frozen = 1;
    const page = await openConfirm(c, 'set-budget');
    const target = fenToString((c.budget?.amountFen ?? 0) + 50_000);
    await fillAndConfirm(page, target);
    await expect.poll(() => page.locator('.result.ok').count(), { timeout: 15_000 }).toBe(1);
    expect(fenToString(c.budget?.amountFen ?? 0)).toBe(target);
    expect(c.frozen).toBe(0);
    expect(await page.locator('.new-figure').textContent()).toContain(moneyText(target, 'USD'));
    expect(state.sandbox.bss.requests.filter((r) => r.operation === 'UpdateSubCustomerBudget')).toHaveLength(1);
  });
});
