/** Partner Center addresses the popup opens (partner-center.md §1.1), and where each card action goes. */
import type { CardAction } from '@/components/CustomerCard';
import { confirmPageUrl } from '@/utils/confirm-url';
import type { Site } from '@/utils/domain';
import type { MoneyKind } from '@/utils/messages/money';

const HOSTS: Readonly<Record<Site, string>> = {
  cn: 'https://account.huaweicloud.com',
  intl: 'https://account-intl.huaweicloud.com',
};

export function customerDetailUrl(site: Site, customerId: string): string {
  return `${HOSTS[site]}/obmgr/#/obmgr/customer/detail/${encodeURIComponent(customerId)}`;
}

/** Where order on behalf starts (and a China unfreeze, which has no API) until the extension has forms for them. */
export function customerListUrl(site: Site): string {
  return `${HOSTS[site]}/obmgr/#/obmgr/customer/list`;
}

/** Money actions the extension confirms on its own page, per site (the API offers unfreeze on intl only). */
const CONFIRMED: Readonly<Record<Site, readonly MoneyKind[]>> = {
  cn: ['allocate', 'issue-voucher'],
  intl: ['set-budget', 'unfreeze'],
};

/** The tab a card action opens; null for 'copy', which stays in the popup. */
export function cardActionUrl(site: Site, action: CardAction, customerId: string): string | null {
  if (action === 'copy') return null;
  if (action === 'open') return customerDetailUrl(site, customerId);
  const money = CONFIRMED[site].find((k) => k === action);
  return money ? confirmPageUrl(money, [customerId]) : customerListUrl(site);
}
