/**
 * G9 in Chromium with the production build (security.md §7): the sandbox gateway's clock is 20 min ahead, then
 * 20 min behind (the same as the extension's clock being off the other way). Every change costs at most one
 * rejected request (request log), the skew is shown in the options check and the popup, and a money POST is
 * re-signed only after the gateway's 401 APIGW.0301.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmAmount } from '../money/flow';
import { openPopup, words } from '../popup/page';
import { configureAndSync, requestsSince, status, syncCustomers, useApiSession } from './api-session';

const MIN = 60_000;
const s = useApiSession(43, 120, (sandbox) => sandbox.bss.setClockOffset(20 * MIN));
const en = words('en-US');

const rejected = (from: number) => requestsSince(s.sandbox, from).filter((r) => r.status === 401);

describe('G9: the sandbox clock 20 min ahead from the start', () => {
  it('configuring, checking and the first full sync cost exactly one rejected request', async () => {
    await configureAndSync(s);
    const denied = rejected(0);
    expect(denied.map((r) => r.errorCode)).toEqual(['APIGW.0301']);
    // The rejected request was re-signed at once and went through.
    const index = s.sandbox.bss.requests.indexOf(denied[0] as (typeof denied)[number]);
    const next = s.sandbox.bss.requests[index + 1];
    expect(next).toMatchObject({ operation: denied[0]?.operation, status: 200 });
    console.info(
      `+20 min: ${s.sandbox.bss.requests.length} requests, ${denied.length} rejected (${denied[0]?.operation})`,
    );
  });

  it('the skew is shown: in the options connection check and in the popup', async () => {
    const check = s.options.locator('.account-row .check-result');
    expect(await check.textContent()).toContain(en('optCheckClockWarn', '20'));
    expect((await status(s.options)).clockSkewMs).toBeGreaterThan(19 * MIN);
    const popup = await openPopup(s.session);
    await expect.poll(() => popup.locator('[data-clock-skew]').textContent()).toContain(en('syncClockWarn', '20'));
    await popup.close();
  });
});

describe('G9: the sandbox clock moves to 20 min behind', () => {
  it('the next sync succeeds after one rejected request', async () => {
    s.sandbox.bss.setClockOffset(-20 * MIN);
    const from = s.sandbox.bss.requests.length;
    await syncCustomers(s.options);
    expect(rejected(from)).toHaveLength(1);
    expect(requestsSince(s.sandbox, from).length).toBeGreaterThan(1);
    expect((await status(s.options)).clockSkewMs).toBeLessThan(-19 * MIN);
  });

  it('after a service-worker stop the learned offset is still used: no rejected request', async () => {
    await s.session.stopWorker();
    const from = s.sandbox.bss.requests.length;
    await syncCustomers(s.options);
    expect(requestsSince(s.sandbox, from).length).toBeGreaterThan(0);
    expect(rejected(from)).toHaveLength(0);
  });
});

describe('G9: a money POST is re-signed only after the gateway 401', () => {
  async function openConfirm(customerId: string): Promise<Page> {
    const url = `chrome-extension://${s.session.extensionId}/confirm.html?action=allocate&customer=${customerId}`;
    const page = await s.session.openPage(url);
    await expect.poll(() => page.locator(`[data-customer="${customerId}"]`).count()).toBe(1);
    return page;
  }

  it('allocation with a correct clock: one POST, no rejection', async () => {
    const customer = s.sandbox.bss.dataset.sites.cn.customers.find((c) => c.associationType === '2');
    if (!customer) throw new Error('no reseller');
    const page = await openConfirm(customer.customerId);
    const from = s.sandbox.bss.requests.length;
    await confirmAmount(page, '10.00');
    await expect.poll(() => page.locator('.result.ok').count(), { timeout: 20_000 }).toBe(1);
    const posts = requestsSince(s.sandbox, from, 'UpdateCustomerAccountAmount');
    expect(posts.map((r) => r.status)).toEqual([200]);
    expect(rejected(from)).toHaveLength(0);
    await page.close();
  });

  it('the clock jumps 40 min just before the POST: 401 APIGW.0301, re-signed once, applied once', async () => {
    const customer = s.sandbox.bss.dataset.sites.cn.customers.filter((c) => c.associationType === '2')[1];
    if (!customer) throw new Error('no second reseller');
    const page = await openConfirm(customer.customerId);
    await new Promise((r) => setTimeout(r, 1000)); // the preview's reads are done
    const from = s.sandbox.bss.requests.length;
    const ledger = s.sandbox.bss.ledger.length;
    // The last read before sending is the allocatable balance; right after it, the gateway's clock jumps.
    const stop = s.sandbox.bss.onRequestDone((r) => {
      if (r.operation !== 'ListPartnerBalances') return;
      s.sandbox.bss.setClockOffset(20 * MIN);
      stop();
    });
    await confirmAmount(page, '10.00');
    await expect.poll(() => page.locator('.result.ok').count(), { timeout: 20_000 }).toBe(1);
    const posts = requestsSince(s.sandbox, from, 'UpdateCustomerAccountAmount');
    expect(posts.map((r) => [r.status, r.errorCode ?? ''])).toEqual([
      [401, 'APIGW.0301'],
      [200, ''],
    ]);
    expect(rejected(from)).toHaveLength(1);
    expect(s.sandbox.bss.ledger.slice(ledger).map((e) => e.customerId)).toEqual([customer.customerId]);
    await page.close();
  });
});
