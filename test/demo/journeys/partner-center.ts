/** Journeys 5–7 on the stand-in Partner Center: balance warnings, incentive explanations, order on behalf. */
import { expectedChips, expectedStatus, fetchCustomers, shownChips, visibleIds } from '../../e2e/pc/expect';
import { check, type Journey, sameRecord, waitFor } from '../journey';

const HOSTS = { cn: 'account.huaweicloud.com', intl: 'account-intl.huaweicloud.com' } as const;
const listUrl = (site: 'cn' | 'intl') =>
  `https://${HOSTS[site]}/obmgr/?locale=${site === 'cn' ? 'zh-cn' : 'en-us'}#/obmgr/customer/list`;

export const warnings = (site: 'cn' | 'intl'): Journey => ({
  id: `customer-warnings-${site}`,
  title: `Customer list warnings (${site === 'cn' ? 'China' : 'international'} site)`,
  async run({ session }, out) {
    const page = await session.openPage(listUrl(site));
    out.page = page;
    const { rows } = await fetchCustomers(page, { offset: 0, limit: 10 });
    const ids = rows.map((r) => r.customerId);
    const shownIds = await waitFor(
      () => visibleIds(page),
      (v) => v.join() === ids.join(),
    );
    check(out, shownIds.join() === ids.join(), `the list page shows its first ${ids.length} customers`);
    const expected = expectedChips(rows);
    const chips = await waitFor(
      () => shownChips(page),
      (c) => sameRecord(c, expected),
    );
    check(
      out,
      sameRecord(chips, expected),
      `${Object.keys(expected).length} warning chips match the dataset row for row`,
      JSON.stringify(chips),
    );
    const atRisk = Object.values(expected).filter((s) => s !== 'low').length;
    const summary = await page.locator('pa-ui[data-key="summary"] .pa-summary').getAttribute('data-at-risk');
    check(out, summary === String(atRisk), `summary counts ${atRisk} customers at risk on the page`, String(summary));
  },
});

export const incentives: Journey = {
  id: 'incentive-explanations',
  title: 'Incentive explanations name the rule behind each row',
  async run({ session }, out) {
    const page = await session.openPage(`https://${HOSTS.cn}/obmgr/?locale=zh-cn#/obmgr/incentive/details`);
    out.page = page;
    type Detail = { rows: { orderId: string; expectRules: string[] }[] };
    const { rows } = await page.evaluate(
      async () => (await (await fetch('/obmgr/__data/incentive-details')).json()) as Detail,
    );
    const panels = await waitFor(
      () => page.locator('pa-ui[data-key="panel"]').count(),
      (n) => n === 1,
    );
    check(out, panels === 1, 'one explanation panel on the page');
    const shown: Record<string, string[]> = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('pa-ui[data-feature="incentive-explainer"]')]
          .filter((h) => h.dataset.key !== 'panel')
          .map((h) => [h.dataset.key ?? '', (h.dataset.rules ?? '').split(' ')]),
      ),
    );
    const wrong = rows.filter((r) =>
      r.expectRules.length === 0
        ? shown[r.orderId] !== undefined
        : !r.expectRules.every((x) => shown[r.orderId]?.includes(x)),
    );
    const explained = rows.filter((r) => r.expectRules.length > 0).length;
    check(
      out,
      wrong.length === 0,
      `${explained} differing rows explained, the other rows left alone`,
      wrong.map((r) => r.orderId).join(),
    );
    const rules = new Set(rows.flatMap((r) => r.expectRules));
    check(out, rules.size > 0, `rules named: ${[...rules].sort().join(', ')}`);
  },
};

const oob = (id: string) => `pa-ui[data-feature="order-on-behalf"][data-key="${id}"]`;

export const orderOnBehalf: Journey = {
  id: 'order-on-behalf',
  title: 'Order-on-behalf pre-checks refuse with a reason, open the dialog otherwise',
  async run({ session }, out) {
    const page = await session.openPage(listUrl('cn'));
    out.page = page;
    out.fullPage = false; // 50 rows: the dialog at the top is the point
    await page.locator('tp-pagination select.page-size').selectOption('50');
    const { rows } = await fetchCustomers(page, { offset: 0, limit: 50 });
    const ids = rows.map((r) => r.customerId).join();
    await waitFor(
      () => visibleIds(page),
      (v) => v.join() === ids,
    );
    const ok = (r: (typeof rows)[number]) => r.associationType === '2' && r.frozen === 0;
    const cases = [
      ['referral customer', rows.find((r) => r.associationType === '1'), 'reseller'],
      ['frozen customer', rows.find((r) => r.associationType === '2' && r.frozen !== 0), 'not-frozen'],
      ['customer with no money', rows.find((r) => ok(r) && expectedStatus(r) === 'blocked'), 'money'],
    ] as const;
    for (const [name, customer, reason] of cases) {
      if (!customer) throw new Error(`no ${name} on the first page`);
      await page.locator(`${oob(customer.customerId)} button.pa-oob-button`).click();
      const outcome = page.locator(`${oob(customer.customerId)} .pa-oob-outcome`);
      const kind = await waitFor(
        () => outcome.getAttribute('data-kind'),
        (k) => k === 'refused',
      );
      const named = await outcome.locator(`li[data-check="${reason}"]`).count();
      check(out, kind === 'refused' && named === 1, `${name} ${customer.customerId} refused: "${reason}" check`);
    }
    check(out, (await page.locator('tp-modal').count()) === 0, 'no console dialog opened for a refused customer');
    const healthy = rows.find((r) => ok(r) && r.authorized && expectedStatus(r) === null);
    if (!healthy) throw new Error('no healthy customer on the first page');
    await page.locator(`${oob(healthy.customerId)} button.pa-oob-button`).click();
    const kind = await waitFor(
      () => page.locator(`${oob(healthy.customerId)} .pa-oob-outcome`).getAttribute('data-kind'),
      (k) => k === 'opened',
    );
    check(out, kind === 'opened', `healthy customer ${healthy.customerId} passes every pre-check`);
    const dialog = (await page.locator('tp-modal').textContent()) ?? '';
    check(out, dialog.includes(healthy.customerId), "the console's own confirmation dialog opens (not submitted)");
  },
};
