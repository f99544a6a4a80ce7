import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/acting-as-banner';
import { type ActingAs, actingAsItem } from '@/entrypoints/partner-center.content/parts/acting-as-store';
import { setLang } from '@/utils/i18n';
import { background, hosts, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

const URL_CN = 'https://console.huaweicloud.com/console/?locale=zh-cn#/home';
const ID = 'a'.repeat(32);
let run: AbortController | undefined;

/** The console header as the stand-in draws it after "switch role". */
function consoleHeader(withSwitchRole: boolean) {
  const header = document.createElement('tp-header');
  const account = document.createElement('span');
  account.textContent = '当前账号: yunqi_7';
  header.append(account);
  if (withSwitchRole) {
    const link = document.createElement('a');
    link.textContent = '切换角色';
    header.append(link);
  }
  document.body.replaceChildren(header);
}

const acting = (over: Partial<ActingAs> = {}): ActingAs => ({
  site: 'cn',
  customerId: ID,
  accountName: null,
  status: 'ok',
  money: { site: 'cn', customerId: ID, balance: '250', debt: '0', currency: 'CNY' },
  startedAt: Date.now(),
  ...over,
});

beforeEach(() => {
  background.states = {};
  setLang('en');
});
afterEach(() => run?.abort());

describe('acting-as-banner', () => {
  it('names the customer and its balance, with a way back', async () => {
    consoleHeader(true);
    await actingAsItem.setValue(acting());
    run = runFeature(feature, URL_CN);
    await vi.waitFor(() => expect(hosts('acting-as-banner')).toHaveLength(1));
    const text = hosts('acting-as-banner')[0]?.shadowRoot?.textContent ?? '';
    expect(text).toContain('Acting as yunqi_7');
    expect(text).toContain('balance ¥250.00');
    expect(text).not.toContain('cannot pay');
  });

  it('warns when the customer cannot pay', async () => {
    consoleHeader(true);
    await actingAsItem.setValue(
      acting({ status: 'blocked', money: { site: 'cn', customerId: ID, balance: '0', debt: '0', currency: 'CNY' } }),
    );
    run = runFeature(feature, URL_CN);
    await vi.waitFor(() => expect(hosts('acting-as-banner')).toHaveLength(1));
    expect(hosts('acting-as-banner')[0]?.shadowRoot?.textContent).toContain('cannot pay');
  });

  it('stays away without a recent order-on-behalf session', async () => {
    consoleHeader(true);
    await actingAsItem.setValue(acting({ startedAt: Date.now() - 13 * 3_600_000 }));
    run = runFeature(feature, URL_CN);
    await new Promise((r) => setTimeout(r, 50));
    expect(hosts('acting-as-banner')).toHaveLength(0);
  });
});
