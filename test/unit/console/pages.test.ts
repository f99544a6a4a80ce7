import { describe, expect, it } from 'vitest';
import { ALL_PAGES, customerIdFromRoute, detectPage } from '@/utils/console/pages';

describe('page predicates (github-url-detection style)', () => {
  for (const page of ALL_PAGES) {
    it(`${page.id}: has examples, matches each, and no other page claims them`, () => {
      expect(page.examples.length).toBeGreaterThan(0);
      for (const example of page.examples) {
        expect(page.test(new URL(example)), example).toBe(true);
        const others = ALL_PAGES.filter((p) => p !== page && p.test(new URL(example))).map((p) => p.id);
        expect(others, example).toEqual([]);
        expect(detectPage(example)?.id).toBe(page.id);
      }
    });
  }

  it.each([
    'https://account.huaweicloud.com/usercenter/#/userindex/allview',
    'https://example.com/obmgr/#/obmgr/customer/list',
    'https://account.huaweicloud.com.evil.test/obmgr/#/obmgr/customer/list',
    'http://localhost/obmgr/#/obmgr/customer/list',
  ])('%s is no page of ours', (url) => {
    expect(detectPage(url)).toBeNull();
  });

  it.each([
    ['https://account.huaweicloud.com/obmgr/#/obmgr/customer/list', 'cn'],
    ['https://account-intl.huaweicloud.com/obmgr/#/obmgr/customer/list', 'intl'],
    ['https://console-intl.huaweicloud.com/?locale=en-us', 'intl'],
  ])('%s is on site %s', (url, site) => {
    expect(detectPage(url)?.site).toBe(site);
  });

  it('reads the customer id of a detail route', () => {
    const url = new URL(
      'https://account.huaweicloud.com/obmgr/#/obmgr/customer/detail/0123456789abcdef0123456789abcdef',
    );
    expect(customerIdFromRoute(url)).toBe('0123456789abcdef0123456789abcdef');
  });
});
