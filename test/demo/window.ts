/**
 * Window mode: a real Chromium window to click through. The vault is created with the printed passphrase and
 * the sandbox account is typed into the options form; the user saves it and takes it from there.
 */
import { createVaultAndTypeKeys, PASSPHRASE } from '../e2e/sync/flow';
import type { DemoContext } from './journey';

export async function openForUser({ session, options, account }: DemoContext): Promise<string[]> {
  const form = await createVaultAndTypeKeys(options, account);
  await form.locator('input[name="domain-id"]').fill(account.domainId);
  // Partner Center stand-ins in their own tabs, ready for after the sync.
  await session.openPage('https://account.huaweicloud.com/obmgr/?locale=zh-cn#/obmgr/customer/list');
  await session.openPage('https://account-intl.huaweicloud.com/obmgr/?locale=en-us#/obmgr/customer/list');
  await session.openPage('https://account.huaweicloud.com/obmgr/?locale=zh-cn#/obmgr/incentive/details');
  await options.bringToFront();
  return [
    `Vault passphrase (already used to create the vault; needed to unlock it later): ${PASSPHRASE}`,
    `Options page: the ${account.site} sandbox account is typed in — click "Save account",`,
    '  then "Check connection"; the first sync starts by itself ("Sync now" runs another).',
    'Then: the toolbar badge, the popup (Alt+Shift+P), and the Partner Center tabs (warnings, incentives,',
    'order on behalf). Everything talks to the local sandbox; the host names are mapped, nothing leaves this machine.',
    'Press Ctrl+C here to stop the browser and the sandbox.',
  ];
}
