/**
 * Page predicates: the only place that knows how Partner Center URLs look. Partner Center is a
 * hash-routed SPA (partner-center.md §1.4), so pages are told apart by host, path and hash route.
 * Each page lists example URLs; a test checks every predicate matches its own and none of the others'.
 */
import { type Site, siteOfHost } from './hosts';

export type PageId =
  | 'customer-list'
  | 'customer-detail'
  | 'incentive-management'
  | 'incentive-details'
  | 'voucher-management'
  | 'customer-orders'
  | 'resource-packages'
  | 'partner-center-other'
  | 'console';

interface PageDef {
  id: PageId;
  test(url: URL): boolean;
  examples: string[];
}

const ACCOUNT_HOSTS = new Set(['account.huaweicloud.com', 'account-intl.huaweicloud.com']);
const CONSOLE_HOSTS = new Set(['console.huaweicloud.com', 'console-intl.huaweicloud.com']);

/** The hash route without query, lower-cased: "#/obmgr/customer/list?x=1" → "/obmgr/customer/list". */
export function hashRoute(url: URL): string {
  return url.hash.replace(/^#/, '').split('?')[0]?.toLowerCase() ?? '';
}

const obmgr = (url: URL) => ACCOUNT_HOSTS.has(url.hostname) && url.pathname.startsWith('/obmgr/');
const routeMatches = (re: RegExp) => (url: URL) => obmgr(url) && re.test(hashRoute(url));

export const PAGES: readonly PageDef[] = [
  {
    id: 'customer-list',
    test: routeMatches(/^\/obmgr\/customer\/(list|customerlist)\/?$/),
    examples: [
      'https://account.huaweicloud.com/obmgr/#/obmgr/customer/list',
      'https://account-intl.huaweicloud.com/obmgr/?locale=en-us#/obmgr/customer/list?tab=customers',
    ],
  },
  {
    id: 'customer-detail',
    test: routeMatches(/^\/obmgr\/customer\/detail\/[0-9a-f]{32}\/?$/),
    examples: [
      'https://account.huaweicloud.com/obmgr/#/obmgr/customer/detail/0123456789abcdef0123456789abcdef',
      'https://account-intl.huaweicloud.com/obmgr/#/obmgr/customer/detail/fedcba9876543210fedcba9876543210?tab=overview',
    ],
  },
  {
    id: 'incentive-management',
    test: routeMatches(/^\/obmgr\/incentive\/(management|list)\/?$/),
    examples: ['https://account.huaweicloud.com/obmgr/#/obmgr/incentive/management'],
  },
  {
    id: 'incentive-details',
    test: routeMatches(/^\/obmgr\/incentive\/details\/?$/),
    examples: [
      'https://account.huaweicloud.com/obmgr/#/obmgr/incentive/details',
      'https://account-intl.huaweicloud.com/obmgr/#/obmgr/incentive/details?period=2026-10',
    ],
  },
  {
    id: 'voucher-management',
    test: routeMatches(/^\/obmgr\/coupon\/(quota|issued|records)\/?$/),
    examples: [
      'https://account.huaweicloud.com/obmgr/#/obmgr/coupon/issued',
      'https://account.huaweicloud.com/obmgr/#/obmgr/coupon/quota',
    ],
  },
  {
    id: 'customer-orders',
    test: routeMatches(/^\/obmgr\/order\/(list|customerorders)\/?$/),
    examples: ['https://account.huaweicloud.com/obmgr/#/obmgr/order/list'],
  },
  {
    id: 'resource-packages',
    test: (url) =>
      ACCOUNT_HOSTS.has(url.hostname) &&
      url.pathname.startsWith('/usercenter/') &&
      /^\/(resource\/)?(freeresource|resourcepackage)/.test(hashRoute(url)),
    examples: ['https://account.huaweicloud.com/usercenter/#/resource/freeresource'],
  },
  {
    id: 'console',
    test: (url) => CONSOLE_HOSTS.has(url.hostname),
    examples: [
      'https://console.huaweicloud.com/console/?region=cn-north-4#/home',
      'https://console-intl.huaweicloud.com/?locale=en-us',
    ],
  },
];

/** Any other Partner Center page: used by features that run everywhere in the Partner Center. */
const OTHER: PageDef = {
  id: 'partner-center-other',
  test: (url) => obmgr(url) && !PAGES.some((p) => p.test(url)),
  examples: ['https://account.huaweicloud.com/obmgr/#/obmgr/index'],
};

export const ALL_PAGES: readonly PageDef[] = [...PAGES, OTHER];

export interface PageMatch {
  id: PageId;
  site: Site;
  url: URL;
}

/** Which page a URL is, or null when the extension has nothing to do there. */
export function detectPage(href: string): PageMatch | null {
  const url = new URL(href);
  const site = siteOfHost(url.hostname);
  if (!site) return null;
  const page = ALL_PAGES.find((p) => p.test(url));
  return page ? { id: page.id, site, url } : null;
}

/** The customer id in a customer-detail route. */
export function customerIdFromRoute(url: URL): string | null {
  return /\/customer\/detail\/([0-9a-f]{32})/.exec(hashRoute(url))?.[1] ?? null;
}
