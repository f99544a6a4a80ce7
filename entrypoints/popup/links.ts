/** Partner Center addresses the popup opens (partner-center.md §1.1). */
import type { Site } from '@/utils/domain';

const HOSTS: Readonly<Record<Site, string>> = {
  cn: 'https://account.huaweicloud.com',
  intl: 'https://account-intl.huaweicloud.com',
};

export function customerDetailUrl(site: Site, customerId: string): string {
  return `${HOSTS[site]}/obmgr/#/obmgr/customer/detail/${encodeURIComponent(customerId)}`;
}

/** Where order on behalf and the money actions start until the extension has its own forms for them. */
export function customerListUrl(site: Site): string {
  return `${HOSTS[site]}/obmgr/#/obmgr/customer/list`;
}
