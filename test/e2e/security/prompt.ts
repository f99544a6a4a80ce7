/**
 * Does the popup ask for the passphrase? Either its unlock form (nothing cached yet) or, over a cached list, the
 * sync strip's "Locked." with an Unlock button. Also answers that prompt like a user.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../harness';
import { PASSPHRASE } from '../sync/flow';

const UNLOCK_FORM = 'form.unlock';
const UNLOCK_BUTTON = 'section.sync .sync-error button';

/** Opens the popup and waits until it has settled: the list with its sync strip, or a passphrase prompt. */
async function openSettledPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html');
  await expect
    .poll(() => popup.locator(`${UNLOCK_FORM}, ${UNLOCK_BUTTON}, section.sync[data-state="idle"]`).count(), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  return popup;
}

const asking = async (popup: Page) => (await popup.locator(`${UNLOCK_FORM}, ${UNLOCK_BUTTON}`).count()) > 0;

/** How long a settled popup gets to show "Locked.": the sync status arrives one message after the list. */
const STATUS_GRACE_MS = 3_000;

/** True when a freshly opened popup asks for the passphrase. */
export async function popupAsksForPassphrase(session: ExtensionSession): Promise<boolean> {
  const popup = await openSettledPopup(session);
  let asks = await asking(popup);
  for (const deadline = Date.now() + STATUS_GRACE_MS; !asks && Date.now() < deadline; ) {
    await popup.waitForTimeout(100);
    asks = await asking(popup);
  }
  await popup.close();
  return asks;
}

/** Answers the popup's prompt with the passphrase, like a user; the prompt must then be gone. */
export async function unlockInPopup(session: ExtensionSession): Promise<void> {
  const popup = await openSettledPopup(session);
  if ((await popup.locator(UNLOCK_FORM).count()) === 0) await popup.locator(UNLOCK_BUTTON).click();
  await popup.locator('#unlock-passphrase').fill(PASSPHRASE);
  await popup.locator(`${UNLOCK_FORM} button[type="submit"]`).click();
  await expect.poll(() => asking(popup), { timeout: 15_000 }).toBe(false);
  await popup.close();
}
