import { afterEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/incentive-explainer';
import { incentiveDetails } from '../../sandbox/console/incentives';
import { fixtureData, loadFixture } from '../console/fixture';
import { hostData, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

let run: AbortController | undefined;
afterEach(() => {
  run?.abort();
  vi.useRealTimers();
});

describe.each([
  ['incentive-details.cn.zh.html', 'cn'],
  ['incentive-details.intl.en.html', 'intl'],
] as const)('incentive-explainer on %s', (file, site) => {
  it('names the rule each row was built for; rows that match consumption × rate get no chip', async () => {
    const { url, generated } = loadFixture(file);
    // "Now" as when the fixture was captured, so month-relative rules (INC-02, INC-16) read the same.
    const now = Date.parse(`${generated}T12:00:00Z`);
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const expected = incentiveDetails(fixtureData(site), now);
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(hostData('incentive-explainer', 'rules').panel).toBe(''));
    const { panel: _panel, ...chips } = hostData('incentive-explainer', 'rules');
    for (const row of expected) {
      if (row.expectRules.length === 0) expect(chips[row.orderId], row.orderId).toBeUndefined();
      else expect(chips[row.orderId]?.split(' '), row.orderId).toEqual(expect.arrayContaining(row.expectRules));
    }
  });

  it('reconciles the page: expected incentive equals the total shown', async () => {
    const { url, generated } = loadFixture(file);
    vi.useFakeTimers({ now: Date.parse(`${generated}T12:00:00Z`), toFake: ['Date'] });
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(document.querySelector('pa-ui[data-key="panel"]')).not.toBeNull());
    const root = document.querySelector('pa-ui[data-key="panel"]')?.shadowRoot;
    const amount = (line: string) => root?.querySelector(`tr[data-line="${line}"] .pa-amount`)?.textContent;
    expect(amount('expected')).toBe(amount('shown'));
    expect(root?.querySelector('tr[data-line="INC-04"]')).not.toBeNull();
  });
});
