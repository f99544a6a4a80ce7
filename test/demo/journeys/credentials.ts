/** Journeys 1–3: credentials typed into the options page, the first sync, and the toolbar badge. */
import { cachedCustomerIds, expectedAtRisk, PASSPHRASE, syncStatus } from '../../e2e/sync/flow';
import { check, type Journey, waitFor } from '../journey';

/** The extension API the evaluated snippets use (they run in the browser, not in this process). */
declare const chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };

export const configure: Journey = {
  id: 'credentials',
  title: 'Configure credentials in the options page',
  async run({ options, account }, out) {
    out.page = options;
    await options.locator('input[name="passphrase"]').fill(PASSPHRASE);
    await options.locator('input[name="passphrase-confirm"]').fill(PASSPHRASE);
    await options.locator('button[name="setup-submit"]').click();
    out.checks.push('vault created with a passphrase');
    const form = options.locator('#accounts form.account-form');
    await form.locator('input[name="label"]').fill('Sandbox partner');
    await form.locator('select[name="site"]').selectOption(account.site);
    await form.locator('input[name="ak"]').fill(account.ak);
    await form.locator('input[name="sk"]').fill(account.sk);
    await form.locator('button[name="find-domain-id"]').click();
    const domain = await waitFor(
      () => form.locator('input[name="domain-id"]').inputValue(),
      (v) => v === account.domainId,
    );
    check(out, domain === account.domainId, 'account id found through IAM from the AK/SK', domain);
    await form.locator('button[name="save-account"]').click();
    const row = options.locator('.account-row');
    check(
      out,
      (await waitFor(
        () => row.count(),
        (n) => n === 1,
      )) === 1,
      'account saved (one row)',
    );
    check(out, (await form.locator('input[name="sk"]').inputValue()) === '', 'secret key cleared from the form');
    check(out, !(await options.content()).includes(account.sk), 'secret key never shown on the page');
    await row.locator('button[name="check"]').click();
    const status = await waitFor(
      () => row.locator('.check-result').getAttribute('data-status'),
      (s) => s === 'ok',
    );
    check(out, status === 'ok', 'connection check passes against the BSS sandbox', String(status));
  },
};

export const sync: Journey = {
  id: 'sync',
  title: 'First sync of every customer',
  async run({ options, account, sandbox }, out) {
    out.page = options;
    // Every job (customers, balances, vouchers, expiring resources), not just the list.
    const status = await waitFor(
      () => syncStatus(options),
      (st) => !st.running && st.lastSuccessAt !== null,
      { timeout: 240_000, interval: 500 },
    );
    check(out, status.lastSuccessAt !== null, 'a complete sync finished', JSON.stringify(status.jobs));
    for (const job of status.jobs) out.checks.push(`job ${job.id}: ${job.state}, ${job.done} done`);
    // The client paces itself to BSS's 10 requests/s per API, so the time is mostly this count.
    const log = sandbox.bss.requests;
    out.checks.push(`${log.length} BSS/IAM requests, ${log.filter((r) => r.status === 429).length} throttled (429)`);
    const expected = sandbox.bss.dataset.sites[account.site].customers.length;
    const ids = await cachedCustomerIds(options, account.domainId, account.site);
    check(out, ids.length === expected, `all ${expected} customers cached in IndexedDB`, `got ${ids.length}`);
    await options.reload(); // the page shows the finished state, not the last poll
    await options.locator('#sync [data-last-sync]').waitFor();
  },
};

export const badge: Journey = {
  id: 'badge',
  title: 'Toolbar badge counts customers who cannot buy',
  async run({ account, sandbox, session }, out) {
    // Headless Chromium has no toolbar to photograph; the popup shows the same customers.
    const popup = await session.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 600 });
    out.page = popup;
    const expected = String(expectedAtRisk(sandbox.bss.dataset.sites[account.site]));
    const text = await waitFor(
      () => session.evalInWorker(() => chrome.action.getBadgeText({})),
      (t) => t === expected,
    );
    check(out, text === expected, `badge shows ${expected} (frozen, no money or in arrears)`, `got "${text}"`);
    const title = await session.evalInWorker(() => chrome.action.getTitle({}));
    check(out, title.includes(expected), 'badge tooltip names the count', title);
    out.checks.push(`tooltip: "${title}"`);
  },
};
