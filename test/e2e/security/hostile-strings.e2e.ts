/**
 * security.md G10 in Chromium with the production build: the sandbox serves the hostile corpus as the first
 * customers' names, account names, labels and managers; every surface that names a customer shows it as text
 * and nothing runs — no marker in the page or the content script's world, no dialog, no CSP report, no element,
 * handler, URL or style made from it. Notifications (drawn by Chrome, outside any page) are checked to carry the
 * strings verbatim. The first test proves the detectors catch a payload that does run.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type CustomerJson, expectedChips, expectedStatus, fetchCustomers, shownChips } from '../pc/expect';
import { backToList, expectFound, openCard, openPopup, option } from '../popup/page';
import { contentScriptWorld } from '../sync/content-world';
import { CORPUS, SERVED } from './corpus';
import { ALLOWED_TAGS, allowedUrl, executions, scanUi, watchCspReports, watchDialogs } from './inert';
import { notificationTexts, recordNotifications } from './notifications';
import { useSyncedExtension } from './session';

/** Dialogs any page opened; the detectors are installed before the first page loads. */
let dialogs: string[] = [];
const world = useSyncedExtension(
  'cn',
  { seed: 23, customers: 80, hostileNames: SERVED.map((p) => p.text), reportInlineScripts: true },
  async (extension) => {
    dialogs = watchDialogs(extension.context);
    await watchCspReports(extension.context);
    await recordNotifications(extension);
  },
);
const HOST = 'https://account.huaweicloud.com';
const LIST = `${HOST}/obmgr/?locale=zh-cn#/obmgr/customer/list`;
/** Customers carrying the corpus: the first ones of the site, in corpus order. */
const hostile = () => world().sandbox.bss.dataset.sites.cn.customers.slice(0, SERVED.length);
/** The order-on-behalf pre-checks refuse referral, frozen, blocked and unauthorised customers. */
const refused = (r: CustomerJson) =>
  r.associationType !== '2' || r.frozen !== 0 || !r.authorized || expectedStatus(r) === 'blocked';
const hostileIds = () => new Set(hostile().map((c) => c.customerId));
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Nothing ran, and the scanned UI holds only the extension's own elements and URLs. */
async function expectInert(page: Page, scope: 'shadow-roots' | 'document', tags: readonly string[]) {
  await new Promise((r) => setTimeout(r, 300)); // let a late onerror/onload fire before looking
  const { extensionId } = world().extension;
  const ran = await executions(page, scope === 'shadow-roots' ? extensionId : null);
  expect(ran.watching, 'the CSP listener is installed').toBe(true);
  expect({ pageWorld: ran.pageWorld, isolatedWorld: ran.isolatedWorld, csp: ran.csp }).toEqual({
    pageWorld: null,
    isolatedWorld: null,
    csp: [],
  });
  const ui = await scanUi(page, scope);
  expect(ui.roots, 'extension UI present').toBeGreaterThan(0);
  expect(
    ui.tags.filter((t) => !tags.includes(t)),
    'unexpected elements',
  ).toEqual([]);
  expect({ planted: ui.planted, handlers: ui.handlers, styles: ui.styles }).toEqual({
    planted: 0,
    handlers: [],
    styles: [],
  });
  expect(ui.urls.filter((u) => !allowedUrl(u, extensionId))).toEqual([]);
  expect(dialogs).toEqual([]);
}

describe('hostile customer strings', () => {
  it('the detectors catch a payload that does run (control)', async () => {
    const { extension } = world();
    const page = await extension.openPage(LIST.replace('#', '&control=1#'));
    await expect.poll(() => page.locator('pa-ui').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const img = CORPUS.find((p) => p.id === 'img-onerror')?.text ?? '';
    // The page itself (not the extension) turns a payload into markup, inside and outside the extension's UI.
    await page.evaluate((payload) => {
      const root = document.querySelector('pa-ui')?.shadowRoot;
      const link = document.createElement('a');
      link.href = "javascript:window.__pwned='link'";
      link.dataset.pwn = '';
      root?.append(link);
      document.head.append(Object.assign(document.createElement('style'), { textContent: ':root{--pa-pwned:x}' }));
      document.body.insertAdjacentHTML('beforeend', payload);
    }, img);
    const isolated = await contentScriptWorld(page, extension.extensionId);
    await isolated.evaluate("globalThis.__pwned = 'isolated'");
    await isolated.close();
    await expect.poll(() => dialogs.length).toBe(1);
    const ran = await executions(page, extension.extensionId);
    expect(ran.pageWorld).toBe('img-onerror');
    expect(ran.isolatedWorld).toBe('isolated');
    expect(ran.csp.length, 'report-only CSP saw the inline handler').toBeGreaterThan(0);
    const ui = await scanUi(page, 'shadow-roots');
    expect(ui.planted).toBe(2);
    expect(ui.tags).toContain('a');
    expect(ui.tags.filter((t) => !ALLOWED_TAGS.content.includes(t))).toEqual(['a']);
    expect(ui.urls.filter((u) => !allowedUrl(u, extension.extensionId))).toHaveLength(1);
    expect(ui.styles).toEqual(['x']);
    await page.close();
    // The control's dialog and its CSP report lines are expected; they must not fail the file.
    dialogs.length = 0;
    const mine = (e: string) => e.includes('control=1');
    extension.errors.splice(0, extension.errors.length, ...extension.errors.filter((e) => !mine(e)));
  });

  it('notifications name hostile customers verbatim (the platform shows them as plain text)', async () => {
    const texts = await notificationTexts(world().extension);
    expect(texts.length, 'the first sync notified about customers who cannot buy').toBeGreaterThan(0);
    const named = hostile().filter((c) => texts.some((t) => t.includes(c.accountName)));
    expect(named.length, 'a hostile name reached a notification').toBeGreaterThan(0);
  });

  it('the customer list (chips, summary bar, order-on-behalf reasons) and the detail banners stay inert', async () => {
    const page = await world().extension.openPage(LIST);
    await page.locator('tp-pagination select.page-size').selectOption('50');
    const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
    await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
    await page.locator('tp-th .eye-toggle').first().click(); // reveal the names (the payloads) in the table
    await expect.poll(() => shownChips(page)).toEqual(expectedChips(rows));
    expect(await page.locator('pa-ui[data-key="summary"] .pa-summary').count()).toBe(1);
    // A real click on each hostile customer the extension would refuse: the reasons and fixes render.
    const targets = rows.filter((r) => hostileIds().has(r.customerId) && refused(r));
    expect(targets.length).toBeGreaterThan(0);
    for (const c of targets) {
      const host = page.locator(`pa-ui[data-feature="order-on-behalf"][data-key="${c.customerId}"]`);
      await host.locator('button.pa-oob-button').click();
      await expect.poll(() => host.locator('.pa-oob-outcome').getAttribute('data-kind')).toBe('refused');
    }
    await expectInert(page, 'shadow-roots', ALLOWED_TAGS.content);
    await page.close();
    // Each hostile customer with a warning gets the detail banner (a fresh load each: no stale banner).
    const warned = rows.filter((x) => hostileIds().has(x.customerId) && expectedStatus(x));
    expect(warned.length).toBeGreaterThan(0);
    for (const r of warned) {
      const detail = await world().extension.openPage(LIST.replace('list', `detail/${r.customerId}`));
      const banner = detail.locator('pa-ui[data-feature="balance-warning"][data-key="banner"]');
      await expect.poll(() => banner.getAttribute('data-status'), { timeout: 15_000 }).toBe(expectedStatus(r));
      await expectInert(detail, 'shadow-roots', ALLOWED_TAGS.content);
      await detail.close();
    }
  });

  it('mention hover cards name hostile customers as text', async () => {
    const page = await world().extension.openPage(LIST.replace('customer/list', 'order/list'));
    const ids = hostileIds();
    const cards = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('pa-ui[data-feature="customer-mentions"]')].map((h) => ({
          id: h.dataset.key ?? '',
          title: h.shadowRoot?.querySelector('.pa-chip')?.getAttribute('title') ?? '',
        })),
      );
    await expect.poll(async () => (await cards()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const named = (await cards()).filter((c) => ids.has(c.id));
    expect(named.length, 'hostile customers mentioned on the orders page').toBeGreaterThan(0);
    for (const card of named) expect(card.title).toContain(world().customer(card.id).accountName);
    await expectInert(page, 'shadow-roots', ALLOWED_TAGS.content);
    await page.close();
  });

  it('order on behalf of a hostile-named customer: the console dialog, then the acting-as banner', async () => {
    const page = await world().extension.openPage(LIST);
    await page.locator('tp-pagination select.page-size').selectOption('50');
    await page.locator('tp-th .eye-toggle').first().click();
    const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
    const ids = hostileIds();
    const healthy = rows.find((r) => ids.has(r.customerId) && !refused(r));
    if (!healthy) throw new Error('no healthy, authorised hostile-named customer');
    const host = page.locator(`pa-ui[data-feature="order-on-behalf"][data-key="${healthy.customerId}"]`);
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    await host.locator('button.pa-oob-button').click();
    await expect.poll(() => host.locator('.pa-oob-outcome').getAttribute('data-kind')).toBe('opened');
    expect(flat(await host.locator('.pa-oob-outcome strong').textContent())).toContain(flat(healthy.accountName));
    await expectInert(page, 'shadow-roots', ALLOWED_TAGS.content);
    await page.locator('tp-modal .tp-btn-primary').click();
    await page.waitForURL(/console\.huaweicloud\.com/);
    const banner = page.locator('pa-ui[data-feature="acting-as-banner"]');
    await expect.poll(() => banner.getAttribute('data-customer-id'), { timeout: 15_000 }).toBe(healthy.customerId);
    expect(flat(await banner.locator('.pa-acting-text').textContent())).toContain(flat(healthy.accountName));
    await expectInert(page, 'shadow-roots', ALLOWED_TAGS.content);
    await page.close();
  });

  it('the popup shows every hostile name, account and label as text in results and cards', async () => {
    const popup = await openPopup(world().extension);
    for (const c of hostile()) {
      await expectFound(popup, c.customerId, c.customerId);
      const result = option(popup, c.customerId);
      expect(await result.locator('.result-name').textContent()).toBe(c.name);
      expect(await result.locator('.result-account').textContent()).toBe(c.accountName);
      await openCard(popup, c.customerId);
      expect(await popup.locator('#card-title').textContent()).toBe(c.name);
      const facts = await popup.locator('.card .facts dd').allTextContents();
      expect(facts).toEqual(expect.arrayContaining([c.accountName, c.label]));
      await expectInert(popup, 'document', ALLOWED_TAGS.popup);
      await backToList(popup);
    }
    await popup.close();
  });

  it('the money confirmation page names every hostile customer as text', async () => {
    const { extension } = world();
    const ids = hostile().map((c) => c.customerId);
    const confirm = await extension.context.newPage();
    await confirm.goto(
      `chrome-extension://${extension.extensionId}/confirm.html?action=issue-voucher&customers=${ids}`,
    );
    await expect.poll(() => confirm.locator('[data-customer]').count(), { timeout: 20_000 }).toBe(ids.length);
    for (const c of hostile()) {
      expect(await confirm.locator(`[data-customer="${c.customerId}"] strong`).textContent()).toBe(c.name);
    }
    await expectInert(confirm, 'document', ALLOWED_TAGS.confirm);
    await confirm.close();
  });
});
