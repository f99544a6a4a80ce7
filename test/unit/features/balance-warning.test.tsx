import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/balance-warning';
import { customerIdFromRoute } from '@/utils/console/pages';
import { installFakeIntersectionObserver } from '../console/fake-intersection';
import { fixtureData, loadFixture } from '../console/fixture';
import { background, expectedFor, hostData, hosts, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

let run: AbortController | undefined;
let uninstall: () => void;
beforeEach(() => {
  background.states = {};
  // Every row counts as on screen here; balance-list-lazy.test.tsx covers rows further down.
  uninstall = installFakeIntersectionObserver();
});
afterEach(() => {
  run?.abort();
  uninstall();
});

describe.each([
  ['customer-list.cn.zh.html', 'cn'],
  ['customer-list.cn.en.html', 'cn'],
  ['customer-list.intl.en.html', 'intl'],
] as const)('balance-warning on %s (page-only mode)', (file, site) => {
  it('puts the dataset status on each reseller row and counts who cannot buy', async () => {
    const { url } = loadFixture(file);
    const data = fixtureData(site);
    const ids = [...document.querySelectorAll('tp-tbody > tp-tr')].map((r) => r.firstElementChild?.textContent ?? '');
    const expected = Object.fromEntries(
      ids.flatMap((id) => {
        const c = data.byId.get(id);
        const s = c ? expectedFor(data, c) : null;
        return s ? [[id, s]] : [];
      }),
    );
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hosts('balance-warning').length).toBeGreaterThan(0));
    const { summary, ...chips } = hostData('balance-warning', 'status');
    expect(chips).toEqual(expected);
    const atRisk = Object.values(expected).filter((s) => s !== 'low').length;
    expect(
      document
        .querySelector('pa-ui[data-key="summary"]')
        ?.shadowRoot?.querySelector('.pa-summary')
        ?.getAttribute('data-at-risk'),
    ).toBe(String(atRisk));
    expect(summary).toBe('');
    // Who cannot buy gets the fix next to the chip (it opens the extension's confirmation page); low gets none.
    const fixOf = { blocked: site === 'cn' ? 'allocate-funds' : 'set-budget', frozen: 'unfreeze', low: null };
    for (const [id, status] of Object.entries(chips)) {
      const host = document.querySelector(`pa-ui[data-feature="balance-warning"][data-key="${id}"]`);
      const fix = host?.shadowRoot?.querySelector('button.pa-chip-fix')?.getAttribute('data-fix') ?? null;
      expect(fix, id).toBe(fixOf[status as keyof typeof fixOf]);
    }
  });
});

describe('balance-warning with cached API data', () => {
  it('prefers the API state over the page figures', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    const healthy = fixtureData('cn').customers.find(
      (c) => c.associationType === '2' && c.balanceFen > 1_000_000 && c.frozen === 0 && c.index < 10,
    );
    if (!healthy) throw new Error('no healthy customer on the fixture');
    background.states[healthy.customerId] = {
      status: 'blocked',
      associationType: '2',
      frozen: 0,
      money: { site: 'cn', customerId: healthy.customerId, balance: '-5', debt: '5', currency: 'CNY' },
      fetchedAt: Date.now() - 120_000,
      source: 'api',
    };
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hostData('balance-warning', 'status')[healthy.customerId]).toBe('blocked'));
    const chip = document
      .querySelector(`pa-ui[data-key="${healthy.customerId}"]`)
      ?.shadowRoot?.querySelector('.pa-chip');
    const card = chip?.getAttribute('title') ?? '';
    expect(card).toMatch(/-¥5\.00/);
  });
});

describe.each([
  ['customer-detail.cn.zh.html', 'cn', 'blocked', ['allocate-funds', 'issue-voucher']],
  ['customer-detail.intl.en.html', 'intl', 'frozen', ['unfreeze', 'set-budget']],
] as const)('balance-warning banner on %s', (file, _site, status, fixes) => {
  it(`explains the ${status} consequence and offers ${fixes.join(', ')}`, async () => {
    const { url } = loadFixture(file);
    expect(customerIdFromRoute(new URL(url))).not.toBeNull();
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hostData('balance-warning', 'status').banner).toBe(status));
    const root = document.querySelector('pa-ui[data-key="banner"]')?.shadowRoot;
    expect([...(root?.querySelectorAll('button[data-fix]') ?? [])].map((b) => b.getAttribute('data-fix'))).toEqual(
      fixes,
    );
    expect(root?.querySelectorAll('.pa-banner-effects li').length).toBeGreaterThan(1);
  });
});
