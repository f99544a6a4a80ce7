/**
 * Where the content script runs: the Partner Center and user center on the account hosts, and the
 * consoles (for the "acting as customer" banner). Real hosts only; tests map them to local servers.
 */
export const CONTENT_MATCHES = [
  'https://account.huaweicloud.com/obmgr/*',
  'https://account.huaweicloud.com/usercenter/*',
  'https://account-intl.huaweicloud.com/obmgr/*',
  'https://account-intl.huaweicloud.com/usercenter/*',
  'https://console.huaweicloud.com/*',
  'https://console-intl.huaweicloud.com/*',
];

export type Site = 'cn' | 'intl';

/** The site a page belongs to, from its host; null for hosts we do not serve. */
export function siteOfHost(host: string): Site | null {
  if (host === 'account.huaweicloud.com' || host === 'console.huaweicloud.com') return 'cn';
  if (host === 'account-intl.huaweicloud.com' || host === 'console-intl.huaweicloud.com') return 'intl';
  return null;
}
