/**
 * Issue 6 end to end: the production build in Chromium on the Partner Center stand-in (both sites, both page
 * languages). The background has no page.* data yet, so everything here runs in page-only mode.
 */
import { describe, expect, it } from 'vitest';
import {
  expectedChips,
  expectedMention,
  expectedStatus,
  fetchCustomers,
  hostCounts,
  shownChips,
  visibleIds,
} from './pc/expect';
import { useExtension } from './suite';

const extension = useExtension();

const SITES = [
  { site: 'cn', host: 'account.huaweicloud.com', locale: 'zh-cn' },
  { site: 'intl', host: 'account-intl.huaweicloud.com', locale: 'en-us' },
  { site: 'cn', host: 'account.huaweicloud.com', locale: 'en-us' },
  { site: 'intl', host: 'account-intl.huaweicloud.com', locale: 'zh-cn' },
] as const;

const listUrl = (host: string, locale: string) => `https://${host}/obmgr/?locale=${locale}#/obmgr/customer/list`;

describe.each(SITES)('balance warnings on $site ($locale)', ({ host, locale }) => {
  it('match the dataset row for row across paging, sorting and page size', async () => {
    const page = await extension().openPage(listUrl(host, locale));
    const check = async (q: { offset: number; limit: number; sort?: string; order?: string }) => {
      const { rows } = await fetchCustomers(page, q);
      const ids = rows.map((r) => r.customerId);
      await expect.poll(() => visibleIds(page), { timeout: 15_000 }).toEqual(ids);
      await expect.poll(() => shownChips(page), { timeout: 10_000 }).toEqual(expectedChips(rows));
      const atRisk = Object.values(expectedChips(rows)).filter((s) => s !== 'low').length;
      await expect
        .poll(() => page.locator('pa-ui[data-key="summary"] .pa-summary').getAttribute('data-at-risk'))
        .toBe(String(atRisk));
      return rows;
    };
    await check({ offset: 0, limit: 10 });
    await page.locator('tp-pagination .page-next').click();
    await check({ offset: 10, limit: 10 });
    await page.locator('tp-th .sort-toggle[data-sort="money"]').click();
    await check({ offset: 0, limit: 10, sort: 'money', order: 'desc' });
    await page.locator('tp-th .sort-toggle[data-sort="money"]').click();
    await check({ offset: 0, limit: 10, sort: 'money', order: 'asc' });
    await page.locator('tp-pagination select.page-size').selectOption('50');
    const fifty = await check({ offset: 0, limit: 50, sort: 'money', order: 'asc' });
    expect(await page.locator('pa-ui[data-key="summary"]').count()).toBe(1);
    // Chips are painted as their rows come near the viewport: scrolling to the bottom shows the last ones.
    const chips = Object.entries(expectedChips(fifty));
    const [lastId, lastStatus] = chips.at(-1) ?? [];
    if (!lastId) throw new Error('no chip row among the 50');
    await page.locator('tp-tbody > tp-tr').last().scrollIntoViewIfNeeded();
    const chip = page.locator(`pa-ui[data-feature="balance-warning"][data-key="${lastId}"] .pa-chip`);
    await expect.poll(() => chip.getAttribute('data-status'), { timeout: 10_000 }).toBe(lastStatus);
    expect(await chip.getAttribute('title')).toBeTruthy();
    expect(await chip.isVisible()).toBe(true);
    await page.close();
  });
});

const oobButton = (id: string) => `pa-ui[data-feature="order-on-behalf"][data-key="${id}"] button.pa-oob-button`;
const oobOutcome = (id: string) => `pa-ui[data-feature="order-on-behalf"][data-key="${id}"] .pa-oob-outcome`;

describe.each(SITES.slice(0, 2))('order on behalf on $site', ({ host, locale }) => {
  it('refuses referral, frozen and blocked customers with the right reason; opens the dialog for a healthy one', async () => {
    const page = await extension().openPage(listUrl(host, locale));
    await page.locator('tp-pagination select.page-size').selectOption('50');
    const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
    await expect.poll(() => visibleIds(page), { timeout: 15_000 }).toEqual(rows.map((r) => r.customerId));
    const pick = (name: string, ok: (r: (typeof rows)[number]) => boolean) => {
      const r = rows.find(ok);
      if (!r) throw new Error(`no ${name} customer on the first page`);
      return r;
    };
    const cases = [
      [pick('referral', (r) => r.associationType === '1'), 'reseller'],
      [pick('frozen', (r) => r.associationType === '2' && r.frozen !== 0), 'not-frozen'],
      [pick('blocked', (r) => r.associationType === '2' && r.frozen === 0 && expectedStatus(r) === 'blocked'), 'money'],
      [
        pick(
          'unauthorised',
          (r) => r.associationType === '2' && !r.authorized && expectedStatus(r) === null && r.frozen === 0,
        ),
        'authorized',
      ],
    ] as const;
    for (const [customer, check] of cases) {
      await page.locator(oobButton(customer.customerId)).click();
      const outcome = page.locator(oobOutcome(customer.customerId));
      await expect.poll(() => outcome.getAttribute('data-kind')).toBe('refused');
      expect(await outcome.locator(`li[data-check="${check}"]`).count(), `${customer.customerId} ${check}`).toBe(1);
    }
    expect(await page.locator('tp-modal').count()).toBe(0);

    const healthy = pick(
      'healthy',
      (r) => r.associationType === '2' && r.authorized && r.frozen === 0 && expectedStatus(r) === null,
    );
    await page.locator(oobButton(healthy.customerId)).click();
    await expect.poll(() => page.locator(oobOutcome(healthy.customerId)).getAttribute('data-kind')).toBe('opened');
    const dialog = page.locator('tp-modal');
    expect(await dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(healthy.customerId);
    // The extension stops at the console's own confirmation: still on the Partner Center, nothing submitted.
    expect(page.url()).toContain('/obmgr/');

    // The user confirms in the console's dialog: the session switches and the console shows who we act as.
    await dialog.locator('.tp-btn-primary').click();
    await page.waitForURL(/console(-intl)?\.huaweicloud\.com/);
    const banner = page.locator('pa-ui[data-feature="acting-as-banner"]');
    await expect.poll(() => banner.getAttribute('data-customer-id'), { timeout: 15_000 }).toBe(healthy.customerId);
    expect(await banner.locator('.pa-acting-text').textContent()).toContain(healthy.accountName);
    expect(await banner.locator('.pa-acting').getAttribute('data-warning')).toBe('false');
    await banner.locator('button').click();
    await page.waitForURL(/\/obmgr\/.*#\/obmgr\/customer\/list/);
    expect(await page.locator('pa-ui[data-feature="acting-as-banner"]').count()).toBe(0);
    await page.close();
  });
});

describe.each(SITES)('incentive explanations on $site ($locale)', ({ host, locale }) => {
  it('name the rule each row was built for, and only differing rows get a chip', async () => {
    const page = await extension().openPage(`https://${host}/obmgr/?locale=${locale}#/obmgr/incentive/details`);
    const { rows } = await page.evaluate(
      async () =>
        (await (await fetch('/obmgr/__data/incentive-details')).json()) as {
          rows: { orderId: string; expectRules: string[] }[];
        },
    );
    await expect.poll(() => page.locator('pa-ui[data-key="panel"]').count(), { timeout: 15_000 }).toBe(1);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('pa-ui[data-feature="incentive-explainer"]')]
          .filter((h) => h.dataset.key !== 'panel')
          .map((h) => [h.dataset.key, (h.dataset.rules ?? '').split(' ')]),
      ),
    );
    for (const row of rows) {
      if (row.expectRules.length === 0) expect(shown[row.orderId], row.orderId).toBeUndefined();
      else expect(shown[row.orderId], row.orderId).toEqual(expect.arrayContaining(row.expectRules));
    }
    // Every INC rule the page was built for is named somewhere.
    const named = new Set(Object.values(shown).flat());
    for (const rule of rows.flatMap((r) => r.expectRules)) expect(named.has(rule), rule).toBe(true);
    await page.close();
  });
});

describe.each(SITES.slice(0, 2))(
  'navigation, the detail banner fix, mentions and feature toggles on $site',
  ({ site, host, locale }) => {
    it('a route change re-runs features without duplicates; the detail banner offers the fix', async () => {
      const page = await extension().openPage(listUrl(host, locale));
      const { rows } = await fetchCustomers(page, { offset: 0, limit: 10 });
      await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
      const blocked = rows.find((r) => r.frozen === 0 && expectedStatus(r) === 'blocked');
      if (!blocked) throw new Error('no blocked customer on the first page');
      await page.evaluate((id) => {
        location.hash = `#/obmgr/customer/detail/${id}`;
      }, blocked.customerId);
      const banner = page.locator('pa-ui[data-feature="balance-warning"][data-key="banner"]');
      await expect.poll(() => banner.getAttribute('data-status'), { timeout: 15_000 }).toBe('blocked');
      const fix = site === 'cn' ? 'allocate-funds' : 'set-budget';
      // The fix opens the extension's confirmation page in a new tab; the console's own money form never opens.
      const [confirm] = await Promise.all([
        extension().context.waitForEvent('page'),
        banner.locator(`button[data-fix="${fix}"]`).click(),
      ]);
      const action = site === 'cn' ? 'allocate' : 'set-budget';
      expect(confirm.url()).toBe(
        `chrome-extension://${extension().extensionId}/confirm.html?action=${action}&customer=${blocked.customerId}`,
      );
      await confirm.close();
      expect(await page.locator('tp-modal').count()).toBe(0);
      await page.goBack();
      await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
      for (const feature of ['balance-warning', 'order-on-behalf']) {
        const counts = await hostCounts(page, feature);
        expect(Math.max(...Object.values(counts)), feature).toBe(1);
      }
      expect(await page.locator('pa-ui[data-key="banner"]').count()).toBe(0);
      await page.close();
    });

    // Hostile names on these pages: test/e2e/security/hostile-strings.e2e.ts (security.md G10).
    it('mentions customers the tab has seen on other pages', async () => {
      const page = await extension().openPage(listUrl(host, locale));
      await page.locator('tp-pagination select.page-size').selectOption('50');
      const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
      await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
      await page.locator('tp-th .eye-toggle').first().click(); // reveal masked names
      await expect.poll(() => shownChips(page)).toEqual(expectedChips(rows));

      await page.evaluate(() => {
        location.hash = '#/obmgr/order/list';
      });
      const orders = await page.evaluate(
        async () =>
          (await (await fetch('/obmgr/__data/orders?offset=0&limit=50')).json()) as { rows: { customerId: string }[] },
      );
      const byId = new Map(rows.map((r) => [r.customerId, r]));
      const expected: Record<string, string> = {};
      for (const o of orders.rows) {
        const c = byId.get(o.customerId);
        const status = c ? expectedMention(c) : null;
        if (status) expected[o.customerId] = status;
      }
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      const mentions = () =>
        page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll<HTMLElement>('pa-ui[data-feature="customer-mentions"]')].map((h) => [
              h.dataset.key,
              h.dataset.status,
            ]),
          ),
        );
      // Customers this tab saw on the list are chipped with their dataset status…
      await expect
        .poll(
          async () => {
            const shown = await mentions();
            return Object.fromEntries(Object.keys(expected).map((id) => [id, shown[id]]));
          },
          { timeout: 15_000 },
        )
        .toEqual(expected);
      // …and any other chip (customers the background learned on earlier pages) is right too.
      for (const [id, status] of Object.entries(await mentions())) {
        const c = await page.evaluate(async (cid) => (await fetch(`/obmgr/__data/customer?id=${cid}`)).json(), id);
        expect(expectedMention(c), id).toBe(status);
      }
      await page.close();
    });

    it('turning a feature off removes its UI at once; turning it on brings it back', async () => {
      const page = await extension().openPage(listUrl(host, locale));
      const { rows } = await fetchCustomers(page, { offset: 0, limit: 10 });
      await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
      const setFeature = async (on: boolean) =>
        (await extension().worker()).evaluate(async (enabled) => {
          type Local = {
            get(k: string): Promise<Record<string, unknown>>;
            set(v: Record<string, unknown>): Promise<void>;
          };
          const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
          const settings = ((await local.get('settings')).settings ?? {}) as Record<string, unknown>;
          const features = {
            ...((settings.features as Record<string, boolean> | undefined) ?? {}),
            'balance-warning': enabled,
          };
          // settings$ is WXT's version marker: without it the item would migrate this value as version 1.
          await local.set({ settings: { ...settings, features }, settings$: { v: 2 } });
        }, on);
      await setFeature(false);
      await expect.poll(() => page.locator('pa-ui[data-feature="balance-warning"]').count()).toBe(0);
      expect(await page.locator('pa-ui[data-feature="order-on-behalf"]').count()).toBeGreaterThan(0);
      await setFeature(true);
      await expect.poll(() => shownChips(page), { timeout: 15_000 }).toEqual(expectedChips(rows));
      await page.close();
    });
  },
);
