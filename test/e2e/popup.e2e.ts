/**
 * Issue 5 end to end, in Chromium with the production build, in Chinese and in English (the extension's
 * language 'auto' follows the browser): credentials entered in the options page, a real sync of a small
 * sandbox, then the popup — search by every field, the card's figures, order-on-behalf refusals, the money
 * actions' confirmation page, the CSV export, and the cache answering with the network down. Writes the
 * README screenshots (docs/screenshots) every run.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../utils/rules/money-display';
import { fenToString } from '../sandbox/bss/index';
import { permanentAccount, type Sandbox, startSandbox } from '../sandbox/server';
import { backToList, expectFound, type Locale, openCard, openPopup, parseCsv, SCREENSHOTS, words } from './popup/page';
import { fullWidth, pickCustomers, withTypo } from './popup/picks';
import { useExtension } from './suite';
import { configureAccount, syncStatus } from './sync/flow';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each<{ locale: Locale; tag: 'zh' | 'en' }>([
  { locale: 'zh-CN', tag: 'zh' },
  { locale: 'en-US', tag: 'en' },
])('popup in $locale', ({ locale, tag }) => {
  const s = {} as {
    sandbox: Sandbox;
    down?: boolean;
    options: Page;
    popup: Page;
    picks: ReturnType<typeof pickCustomers>;
  };
  const w = words(locale);
  // Started before the browser (hooks run in order), so the session maps the hosts to this sandbox.
  beforeAll(async () => {
    s.sandbox = await startSandbox({ seed: 41, customers: 250 });
    s.picks = pickCustomers(s.sandbox.bss.dataset.sites.cn);
  });
  const extension = useExtension({ locale, sandboxPort: () => s.sandbox.info.port });
  const stopSandbox = async () => {
    if (s.down || !s.sandbox) return;
    s.down = true;
    await s.sandbox.close();
  };
  afterAll(stopSandbox); // when the network-down test did not get to it
  const data = () => s.sandbox.bss.dataset.sites.cn;
  const money = (fen: number) => formatMoney(fenToString(fen), 'CNY', locale);

  describe('after a sync', () => {
    it('is configured in the options page and synced', async () => {
      const account = permanentAccount(s.sandbox.info);
      s.options = await extension().openExtensionPage('options.html');
      await s.options.setViewportSize({ width: 1000, height: 900 });
      await configureAccount(s.options, account);
      // Customers and money both synced: the popup has names and figures (vouchers and resources follow).
      await expect.poll(async () => (await syncStatus(s.options)).lastSuccessAt, { timeout: 45_000 }).not.toBeNull();
      s.popup = await openPopup(extension());
    });

    it('search finds customers by real name, account name, full and partial ID, label, full-width and with a typo', async () => {
      const { chinese, latin, labelled, healthy } = s.picks;
      await expectFound(s.popup, chinese.name, chinese.customerId);
      await expectFound(s.popup, healthy.accountName, healthy.customerId);
      await expectFound(s.popup, healthy.customerId, healthy.customerId);
      await expectFound(s.popup, healthy.customerId.slice(9, 21), healthy.customerId);
      await expectFound(s.popup, labelled.label, labelled.customerId);
      await expectFound(s.popup, fullWidth(healthy.accountName), healthy.customerId);
      await expectFound(s.popup, withTypo(latin.name), latin.customerId);
      await s.popup.locator('#customer-search').fill('');
    });

    it("the card shows the sandbox's balance and arrears, formatted for the language", async () => {
      const { blocked } = s.picks;
      await openCard(s.popup, blocked.customerId);
      const card = s.popup.locator('.card');
      expect(await card.locator('#card-title').textContent()).toBe(blocked.name);
      expect(await card.locator('.money-main').textContent()).toBe(w('moneyBalance', money(blocked.balanceFen)));
      expect(await card.locator('.money-debt').textContent()).toBe(w('moneyDebt', money(blocked.debtFen)));
      await backToList(s.popup);
    });

    it('order on behalf is refused with the reason for blocked, frozen and referral customers, offered for a healthy reseller', async () => {
      const cases = [
        { c: s.picks.blocked, check: 'money', reason: 'oobReasonNoBalance' },
        { c: s.picks.frozen, check: 'not-frozen', reason: 'oobReasonFrozen' },
        { c: s.picks.referral, check: 'reseller', reason: 'oobReasonNotReseller' },
        { c: s.picks.healthy, check: null, reason: null },
      ];
      for (const { c, check, reason } of cases) {
        await openCard(s.popup, c.customerId);
        const order = s.popup.locator('.card-actions button[aria-describedby="oob-checks"]');
        expect(await order.textContent()).toBe(w('oobButton'));
        expect(await order.isDisabled(), c.customerId).toBe(check !== null);
        const failed = s.popup.locator('#oob-checks li[data-check]');
        if (check && reason) {
          expect(await failed.locator(`[data-check="${check}"]`).count()).toBe(0);
          expect(await s.popup.locator(`#oob-checks li[data-check="${check}"]`).textContent()).toContain(w(reason));
        } else {
          expect(await failed.count()).toBe(0);
        }
        await backToList(s.popup);
      }
    });

    it('allocate funds and issue voucher open the confirmation page for that customer', async () => {
      const { healthy } = s.picks;
      await openCard(s.popup, healthy.customerId);
      for (const [key, action] of [
        ['fixAllocate', 'allocate'],
        ['fixIssueVoucher', 'issue-voucher'],
      ] as const) {
        const opened = extension().context.waitForEvent('page');
        await s.popup.locator('.card-actions .actions button', { hasText: w(key) }).click();
        const page = await opened;
        await page.waitForURL(/\/confirm\.html/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/confirm.html');
        expect(Object.fromEntries(url.searchParams)).toEqual({ action, customer: healthy.customerId });
        await expect.poll(() => page.locator(`[data-customer="${healthy.customerId}"]`).count()).toBe(1);
        await page.close();
      }
      await backToList(s.popup);
    });

    it('the CSV export round-trips Chinese names', async () => {
      await s.popup.locator('#customer-search').fill(''); // the export takes what the search shows
      const download = s.popup.waitForEvent('download');
      await s.popup.locator('.toolbar button.link', { hasText: w('exportCsv') }).click();
      const file = await (await download).path();
      const [header, ...rows] = parseCsv(await readFile(file, 'utf8'));
      expect(header?.slice(0, 3)).toEqual([w('csvName'), w('cardAccount'), w('cardCustomerId')]);
      expect(rows).toHaveLength(data().customers.length);
      const byId = new Map(rows.map((r) => [r[2], r]));
      for (const c of data().customers.filter((x) => /\p{Script=Han}/u.test(x.name))) {
        expect(byId.get(c.customerId)?.[0]).toBe(c.name);
      }
    });

    it('writes the README screenshots once every job has synced', async () => {
      // Waiting for the last job keeps the pictures free of a progress bar.
      const allSynced = async () =>
        (await syncStatus(s.options)).jobs.every((j) => j.state === 'unavailable' || j.lastSuccessAt !== null);
      await expect.poll(allSynced, { timeout: 45_000 }).toBe(true);
      await s.popup.reload();
      await expect.poll(() => s.popup.locator('.sync').getAttribute('data-state')).toBe('idle');
      await s.popup.screenshot({ path: join(SCREENSHOTS, `popup-${tag}.png`) });
      if (tag === 'zh') return;
      await openCard(s.popup, s.picks.blocked.customerId);
      await s.popup.screenshot({ path: join(SCREENSHOTS, 'card-en.png') });
      await backToList(s.popup);
      await s.options.reload();
      await expect.poll(() => s.options.locator('.account-row').count()).toBe(1);
      await s.options.screenshot({ path: join(SCREENSHOTS, 'options-en.png') });
    });

    it('with the network down the popup still answers from the cache and says the data is stale', async () => {
      await stopSandbox();
      await s.popup.reload();
      await expect.poll(() => s.popup.locator('.result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // The strip's own "Sync now", or the one its error offers if the background already tried.
      await s.popup
        .locator('.sync button', { hasText: w('syncNow') })
        .first()
        .click();
      // One snapshot of the strip: the failed attempt's error and the stale note, shown together.
      const strip = () =>
        s.popup.locator('.sync').evaluate((el) => ({
          state: el.getAttribute('data-state'),
          error: el.querySelector('.sync-error')?.textContent ?? '',
          stale: el.querySelector('.sync-stale')?.textContent ?? '',
        }));
      // Unreachable, or, once five attempts failed, the circuit breaker's pause (both say why and what's next).
      const unavailable = w('syncErrUnavailable', 'TIME').split('TIME')[0] ?? '';
      await expect.poll(strip, { timeout: 30_000 }).toEqual({
        state: 'error',
        error: expect.stringMatching(new RegExp(`${escapeRegExp(w('syncErrNetwork'))}|^${escapeRegExp(unavailable)}`)),
        stale: w('syncStale'),
      });
      await expectFound(s.popup, s.picks.chinese.name, s.picks.chinese.customerId);
      await openCard(s.popup, s.picks.blocked.customerId);
      expect(await s.popup.locator('.card .money-debt').textContent()).toBe(
        w('moneyDebt', money(s.picks.blocked.debtFen)),
      );
    });
  });
});
