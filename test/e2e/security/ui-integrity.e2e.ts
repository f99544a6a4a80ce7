/**
 * security.md G13 in Chromium with the production build, the partner configured and synced: page script that
 * clicks, presses keys on and submits every injected control (list, detail, console) causes no API request
 * beyond reads, moves no money and opens no extension page; the user's real click on a money fix opens the
 * confirmation as a chrome-extension:// page that names the customer as the API does, whatever the page says.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type CustomerJson, expectedStatus, fetchCustomers, shownChips } from '../pc/expect';
import { useSyncedExtension } from './session';
import { extensionPages, pokeInjectedControls, requestsSince } from './synthetic-input';

const world = useSyncedExtension('cn', { seed: 31, customers: 60 });
const LIST = 'https://account.huaweicloud.com/obmgr/?locale=zh-cn#/obmgr/customer/list';
const oob = (page: Page, id: string) => page.locator(`pa-ui[data-feature="order-on-behalf"][data-key="${id}"]`);
const isBlocked = (r: CustomerJson) => r.associationType === '2' && r.frozen === 0 && expectedStatus(r) === 'blocked';
const isEligible = (r: CustomerJson) =>
  r.associationType === '2' && r.frozen === 0 && r.authorized && expectedStatus(r) !== 'blocked';

/** The list at 50 rows with every warning chip drawn; returns the rows the page shows. */
async function openList(): Promise<{ page: Page; rows: CustomerJson[] }> {
  const page = await world().extension.openPage(LIST);
  await page.locator('tp-pagination select.page-size').selectOption('50');
  const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
  await expect.poll(async () => Object.keys(await shownChips(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return { page, rows };
}

function pick(rows: CustomerJson[], what: string, ok: (r: CustomerJson) => boolean): CustomerJson {
  const r = rows.find(ok);
  if (!r) throw new Error(`no ${what} customer on the first page`);
  return r;
}

/** Pokes every injected control from the page world and checks nothing happened beyond reads. */
async function expectPokesIgnored(page: Page, features: string[]) {
  const { sandbox, extension } = world();
  const before = { requests: sandbox.bss.requests.length, ledger: sandbox.bss.ledger.length, url: page.url() };
  const pagesBefore = extensionPages(page, extension.extensionId);
  const poked = await pokeInjectedControls(page);
  for (const f of features)
    expect(
      poked.controls.some((c) => c.startsWith(`${f}/`)),
      f,
    ).toBe(true);
  await page.waitForTimeout(1500); // time for a message, a tab or a request to happen if it were going to
  expect(requestsSince(sandbox, before.requests).writes).toEqual([]);
  expect(sandbox.bss.ledger.length).toBe(before.ledger);
  expect(extensionPages(page, extension.extensionId)).toEqual(pagesBefore);
  expect(page.url()).toBe(before.url);
  expect(await page.locator('tp-modal').count(), 'the console dialog was not driven').toBe(0);
  return poked;
}

describe('synthetic input from the page', () => {
  it('on the customer list: chips, fixes, order on behalf and its reasons ignore page-made clicks and keys', async () => {
    const { page, rows } = await openList();
    // The user's own click shows a refusal with its fix button, so that button is there to be poked too.
    const blocked = pick(rows, 'blocked', isBlocked);
    await oob(page, blocked.customerId).locator('button.pa-oob-button').click();
    await expect.poll(() => oob(page, blocked.customerId).locator('button.pa-link[data-fix]').count()).toBe(1);
    const outcomes = () => page.locator('pa-ui[data-feature="order-on-behalf"][data-outcome]:not([data-outcome=""])');
    const poked = await expectPokesIgnored(page, ['balance-warning', 'order-on-behalf']);
    expect(poked.controls.filter((c) => c.includes('pa-oob-button')).length).toBe(rows.length);
    // Only the outcome the user asked for: a poked order-on-behalf button decided nothing.
    expect(await outcomes().count()).toBe(1);
    await page.close();
  });

  it('on the customer detail: the banner’s fixes ignore page-made clicks and keys', async () => {
    const { page, rows } = await openList();
    const blocked = pick(rows, 'blocked', isBlocked);
    await page.close();
    const detail = await world().extension.openPage(LIST.replace('list', `detail/${blocked.customerId}`));
    const banner = detail.locator('pa-ui[data-feature="balance-warning"][data-key="banner"]');
    await expect.poll(() => banner.getAttribute('data-status'), { timeout: 15_000 }).toBe('blocked');
    await expectPokesIgnored(detail, ['balance-warning']);
    await detail.close();
  });

  it('on the console: the acting-as banner’s switch back ignores page-made clicks and keys', async () => {
    const { page, rows } = await openList();
    const healthy = pick(rows, 'eligible', isEligible);
    await oob(page, healthy.customerId).locator('button.pa-oob-button').click();
    await page.locator('tp-modal .tp-btn-primary').click();
    await page.waitForURL(/console\.huaweicloud\.com/);
    const banner = page.locator('pa-ui[data-feature="acting-as-banner"]');
    await expect.poll(() => banner.getAttribute('data-customer-id'), { timeout: 15_000 }).toBe(healthy.customerId);
    await expectPokesIgnored(page, ['acting-as-banner']);
    expect(await banner.count(), 'still acting as the customer').toBe(1);
    // The user's own click does switch back: the guard only stops what the user did not do.
    await banner.locator('button').click();
    await page.waitForURL(/\/obmgr\/.*#\/obmgr\/customer\/list/);
    await page.close();
  });

  it("the user's click on a money fix opens the extension's confirmation with the API's name, not the page's", async () => {
    const { sandbox, extension } = world();
    const { page, rows } = await openList();
    const target = pick(rows, 'blocked', isBlocked);
    await page.locator('tp-th .eye-toggle').first().click(); // names shown, then rewritten by the page
    const spoofed = 'Spoofed Holdings Ltd';
    await page.evaluate(
      ({ id, name }) => {
        const row = [...document.querySelectorAll('tp-tbody > tp-tr')].find(
          (tr) => tr.firstElementChild?.textContent?.trim() === id,
        );
        const cells = row?.querySelectorAll('tp-td');
        for (const i of [1, 2]) {
          const cell = cells?.[i];
          const text = cell?.querySelector('a') ?? cell;
          if (text) text.textContent = name;
        }
        // Row chips are painted as their rows come near the viewport.
        row?.scrollIntoView({ block: 'center' });
      },
      { id: target.customerId, name: spoofed },
    );
    const fix = page.locator(
      `pa-ui[data-feature="balance-warning"][data-key="${target.customerId}"] button.pa-chip-fix`,
    );
    await expect.poll(() => fix.count(), { timeout: 15_000 }).toBe(1);
    const [confirm] = await Promise.all([extension.context.waitForEvent('page'), fix.click()]);
    await confirm.waitForLoadState();
    expect(confirm.url()).toBe(
      `chrome-extension://${extension.extensionId}/confirm.html?action=allocate&customer=${target.customerId}`,
    );
    const shown = confirm.locator(`[data-customer="${target.customerId}"]`);
    await expect.poll(() => shown.count(), { timeout: 15_000 }).toBe(1);
    const api = sandbox.bss.dataset.sites.cn.byId.get(target.customerId);
    expect(await shown.locator('strong').textContent()).toBe(api?.name || api?.accountName);
    expect(await shown.textContent()).toContain(target.customerId);
    expect(await confirm.locator('body').textContent()).not.toContain(spoofed);
    await confirm.close();
    await page.close();
    // Opening the confirmation moved nothing: money only moves after the typed confirmation there.
    expect(sandbox.bss.ledger).toEqual([]);
  });
});
