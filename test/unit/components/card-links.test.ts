import { describe, expect, it } from 'vitest';
import { cardActionUrl } from '@/entrypoints/popup/links';

const ID = '0123456789abcdef0123456789abcdef';

describe('cardActionUrl', () => {
  it('China money actions open the confirmation page, not the Partner Center', () => {
    expect(cardActionUrl('cn', 'allocate', ID)).toMatch(/\/confirm\.html\?action=allocate&customer=0123456789abcdef/);
    expect(cardActionUrl('cn', 'issue-voucher', ID)).toMatch(/\/confirm\.html\?action=issue-voucher&customer=/);
  });

  it('intl budget and unfreeze open the confirmation page', () => {
    expect(cardActionUrl('intl', 'set-budget', ID)).toMatch(/\/confirm\.html\?action=set-budget&customer=/);
    expect(cardActionUrl('intl', 'unfreeze', ID)).toMatch(/\/confirm\.html\?action=unfreeze&customer=/);
  });

  it('a China unfreeze and order on behalf go to the Partner Center; open goes to the detail page; copy stays', () => {
    expect(cardActionUrl('cn', 'unfreeze', ID)).toBe('https://account.huaweicloud.com/obmgr/#/obmgr/customer/list');
    expect(cardActionUrl('intl', 'order', ID)).toBe('https://account-intl.huaweicloud.com/obmgr/#/obmgr/customer/list');
    expect(cardActionUrl('cn', 'open', ID)).toBe(`https://account.huaweicloud.com/obmgr/#/obmgr/customer/detail/${ID}`);
    expect(cardActionUrl('cn', 'copy', ID)).toBeNull();
  });
});
