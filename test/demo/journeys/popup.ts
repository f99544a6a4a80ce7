/** Journey 4: the popup's search over the synced customers, and a customer's card. */
import { check, type Journey, waitFor } from '../journey';

export const popupSearch: Journey = {
  id: 'popup-search',
  title: 'Popup search finds a customer and opens its card',
  async run({ session, sandbox, account }, out) {
    const popup = await session.openExtensionPage('popup.html');
    // The toolbar popup is about this size; a normal tab would stretch it.
    await popup.setViewportSize({ width: 420, height: 600 });
    out.page = popup;
    // A customer with a plain account name, so the query is easy to read in the report.
    const target = sandbox.bss.dataset.sites[account.site].customers.find((c) =>
      /^[a-z][a-z0-9_.-]{5,}$/i.test(c.accountName),
    );
    if (!target) throw new Error('no customer with a plain account name in the dataset');
    const input = popup.locator('#customer-search');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(target.accountName);
    const option = popup.locator(`#customer-option-${target.customerId}`);
    const found = await waitFor(
      () => option.count(),
      (n) => n === 1,
    );
    check(out, found === 1, `typing "${target.accountName}" lists customer ${target.customerId}`);
    const first = await popup.locator('[role="option"]').first().getAttribute('id');
    check(out, first === `customer-option-${target.customerId}`, 'the exact match is the first result', String(first));
    await input.press('Enter');
    const card = popup.locator('.card-view');
    const text = await waitFor(
      async () => (await card.textContent()) ?? '',
      (t) => t.includes(target.accountName),
    );
    check(out, text.includes(target.accountName), 'Enter opens the customer card with its name');
  },
};
