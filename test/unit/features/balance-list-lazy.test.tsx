/** balance-warning on a list taller than the screen: hosts at once, chips painted as rows come near the viewport. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import feature from '@/entrypoints/partner-center.content/features/balance-warning';
import { FakeIntersectionObserver, installFakeIntersectionObserver } from '../console/fake-intersection';
import { loadFixture } from '../console/fixture';
import { background, fakeSendMessage, hostData, hosts, runFeature, sendMessageMock } from './harness';

vi.mock('@/utils/messaging', async (actual) => ({
  ...(await actual<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: Parameters<typeof sendMessageMock>) => sendMessageMock(...args),
}));

let run: AbortController | undefined;
let uninstall: () => void;
beforeEach(() => {
  background.states = {};
  uninstall = installFakeIntersectionObserver();
});
afterEach(() => {
  run?.abort();
  uninstall();
});

const rowIndex = (el: Element) =>
  [...document.querySelectorAll('tp-tbody > tp-tr')].indexOf(el.closest('tp-tr') as Element);
const chipOf = (host: HTMLElement) => host.shadowRoot?.querySelector('.pa-chip') ?? null;
const rowHosts = () => hosts('balance-warning').filter((h) => h.dataset.key !== 'summary');

describe('balance-warning on a long list', () => {
  it('a re-render while the first answer is slow: the rows the page shows now still get their chips', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    FakeIntersectionObserver.onScreen = () => false; // the user has not scrolled to these rows yet
    let releaseFirst = () => {};
    let asked = 0;
    sendMessageMock.mockImplementation((type, payload) => {
      if (type !== 'page.customerStates' || asked++ > 0) return fakeSendMessage(type, payload);
      return new Promise((resolve) => {
        releaseFirst = () => resolve(fakeSendMessage(type, payload));
      });
    });
    try {
      run = runFeature(feature, url);
      await vi.waitFor(() => expect(asked).toBe(1));
      // The page re-renders its rows (new elements, same customers) while the first answer is still out.
      const tbody = document.querySelector('tp-tbody') as Element;
      tbody.replaceChildren(...[...tbody.children].map((row) => row.cloneNode(true)));
      await new Promise((r) => setTimeout(r, 50));
      releaseFirst(); // the older pass's answer comes last
      await vi.waitFor(() => expect(asked).toBe(2));
      await vi.waitFor(() => expect(rowHosts().filter((h) => h.isConnected).length).toBeGreaterThan(1));
      await new Promise((r) => setTimeout(r, 50));
      FakeIntersectionObserver.onScreen = () => true; // scrolled to them
      for (const observer of FakeIntersectionObserver.instances) observer.report();
      const shown = rowHosts();
      expect(shown.length).toBeGreaterThan(1);
      for (const host of shown)
        expect(chipOf(host)?.getAttribute('data-status'), host.dataset.key).toBe(host.dataset.status);
    } finally {
      sendMessageMock.mockImplementation(fakeSendMessage);
    }
  });

  it('keys every row at once but paints chips only near the viewport, the rest when scrolled to', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    FakeIntersectionObserver.onScreen = (el) => rowIndex(el) < 4; // the first four rows are on screen
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(rowHosts().some((h) => chipOf(h) !== null)).toBe(true));
    const all = rowHosts();
    expect(all.length).toBeGreaterThan(1);
    for (const host of all) {
      expect(host.dataset.status).toMatch(/^(blocked|frozen|low)$/);
      expect(chipOf(host) !== null, host.dataset.key).toBe(rowIndex(host) < 4);
      expect(host.hidden).toBe(rowIndex(host) >= 4);
    }
    const offScreen = all.filter((h) => rowIndex(h) >= 4);
    expect(offScreen.length).toBeGreaterThan(0);

    FakeIntersectionObserver.onScreen = () => true; // scrolled to the bottom
    for (const observer of FakeIntersectionObserver.instances) observer.report();
    for (const host of all) {
      expect(chipOf(host)?.getAttribute('data-status')).toBe(host.dataset.status);
      expect(host.hidden).toBe(false);
    }
  });

  it('re-runs on page changes without duplicating hosts or repainting unchanged chips', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(rowHosts().length > 0 && rowHosts().every((h) => chipOf(h) !== null)).toBe(true));
    const before = hostData('balance-warning', 'status');
    const chips = rowHosts().map(chipOf);
    const calls = sendMessageMock.mock.calls.length;
    document.body.append(document.createElement('div')); // a foreign change: the feature annotates again
    await vi.waitFor(() => expect(sendMessageMock.mock.calls.length).toBeGreaterThan(calls));
    await new Promise((r) => setTimeout(r, 20));
    expect(hostData('balance-warning', 'status')).toEqual(before);
    expect(rowHosts().map(chipOf)).toEqual(chips);
    for (const cell of document.querySelectorAll('tp-td')) {
      expect(cell.querySelectorAll('pa-ui[data-feature="balance-warning"]').length).toBeLessThanOrEqual(1);
    }
  });

  it('keeps one host in a row the page reuses for another customer: re-keyed and repainted', async () => {
    const { url } = loadFixture('customer-list.cn.zh.html');
    run = runFeature(feature, url);
    await vi.waitFor(() => expect(rowHosts().length).toBeGreaterThan(1));
    const [a, b] = rowHosts() as [HTMLElement, HTMLElement];
    const rowA = a.closest('tp-tr') as Element;
    const rowB = b.closest('tp-tr') as Element;
    // The page re-renders in place: row A now shows row B's customer (texts only, our host stays in the cell).
    for (const [i, cell] of [...rowA.children].entries()) {
      const text = [...(rowB.children[i]?.childNodes ?? [])].find((n) => n.nodeType === Node.TEXT_NODE);
      const own = [...cell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
      if (own && text) own.textContent = text.textContent;
    }
    await vi.waitFor(() => expect(a.dataset.key).toBe(b.dataset.key));
    expect(rowA.querySelectorAll('pa-ui[data-feature="balance-warning"]')).toHaveLength(1);
    expect(chipOf(a)?.getAttribute('data-status')).toBe(b.dataset.status);
  });
});
