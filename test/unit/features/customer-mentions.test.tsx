import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/customer-mentions';
import { HOSTILE_STRINGS } from '../../sandbox/bss/generate/names';
import { loadFixture } from '../console/fixture';
import { background, hostData, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

let run: AbortController | undefined;
beforeEach(() => {
  background.states = {};
});
afterEach(() => run?.abort());

const idsOnPage = () => [...document.querySelectorAll('tp-tbody > tp-tr')].map((r) => r.children[1]?.textContent ?? '');

describe('customer-mentions on the orders page', () => {
  it('chips known customers only, with money and data age, and keeps hostile names inert', async () => {
    const { url } = loadFixture('orders.cn.zh.html');
    const [a, b, unknown] = idsOnPage();
    if (!a || !b || !unknown || new Set([a, b, unknown]).size < 3) throw new Error('fixture needs three customers');
    const base = {
      associationType: '2' as const,
      frozen: 0 as const,
      fetchedAt: Date.now() - 3_600_000,
      source: 'api' as const,
    };
    background.states[a] = {
      ...base,
      status: 'blocked',
      accountName: HOSTILE_STRINGS[0],
      money: { site: 'cn', customerId: a, balance: '-3', debt: '3', currency: 'CNY' },
    };
    background.states[b] = {
      ...base,
      status: 'ok',
      money: { site: 'cn', customerId: b, balance: '900', debt: '0', currency: 'CNY' },
    };
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hostData('customer-mentions', 'status')[a]).toBe('blocked'));
    const chips = hostData('customer-mentions', 'status');
    expect(chips[b]).toBe('ok');
    expect(chips[unknown]).toBeUndefined();
    const root = document.querySelector(`pa-ui[data-feature="customer-mentions"][data-key="${a}"]`)?.shadowRoot;
    const card = root?.querySelector('.pa-chip')?.getAttribute('title') ?? '';
    expect(card).toContain(HOSTILE_STRINGS[0]);
    expect(card).toMatch(/-¥3\.00/);
    expect(root?.querySelector('img')).toBeNull();
  });
});
