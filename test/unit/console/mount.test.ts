import { describe, expect, it } from 'vitest';
import { HOST_TAG, mountShadow, mountSlot, shadowOf, slotHost, unmountFeature } from '@/utils/console/mount';

describe('mountShadow', () => {
  it('is idempotent per feature and key', () => {
    const cell = document.createElement('td');
    const a = mountShadow(cell, 'balance-warning', 'row-1', '.x{}');
    const b = mountShadow(cell, 'balance-warning', 'row-1', '.x{}');
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.host).toBe(a.host);
    expect(cell.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('keeps features apart and removes only the one turned off', () => {
    document.body.innerHTML = '<div id="row"></div>';
    const row = document.getElementById('row') as HTMLElement;
    mountShadow(row, 'balance-warning', 'k', '');
    mountShadow(row, 'order-on-behalf', 'k', '');
    expect(unmountFeature(document, 'balance-warning')).toBe(1);
    expect([...row.querySelectorAll(HOST_TAG)].map((h) => (h as HTMLElement).dataset.feature)).toEqual([
      'order-on-behalf',
    ]);
  });

  it('renders inside a shadow root with its own style (one shared constructed sheet per CSS text)', () => {
    const a = mountShadow(document.createElement('span'), 'f', 'k', '.chip{color:red}');
    const b = mountShadow(document.createElement('span'), 'f', 'k', '.chip{color:red}');
    const css = (root: ShadowRoot) =>
      root.adoptedStyleSheets.length > 0
        ? [...(root.adoptedStyleSheets[0]?.cssRules ?? [])].map((r) => r.cssText).join('')
        : (root.querySelector('style')?.textContent ?? '');
    expect(css(a.root).replace(/[\s;]/g, '')).toBe('.chip{color:red}');
    if (a.root.adoptedStyleSheets.length > 0) expect(b.root.adoptedStyleSheets[0]).toBe(a.root.adoptedStyleSheets[0]);
  });
});

describe('mountSlot (one host per feature in a row cell)', () => {
  it('reuses the host on a re-run and re-keys it when the row now shows another customer', () => {
    const cell = document.createElement('td');
    cell.textContent = '¥12.00';
    const first = mountSlot(cell, 'balance-warning', 'a');
    expect(mountSlot(cell, 'balance-warning', 'a')).toBe(first);
    const rekeyed = mountSlot(cell, 'balance-warning', 'b');
    expect(rekeyed).toBe(first);
    expect(rekeyed.dataset.key).toBe('b');
    expect(cell.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(cell.textContent).toBe('¥12.00');
  });

  it('leaves other features alone and finds its own host with slotHost', () => {
    const cell = document.createElement('td');
    const other = mountShadow(cell, 'order-on-behalf', 'a', '').host;
    const mine = mountSlot(cell, 'balance-warning', 'a');
    expect(mine).not.toBe(other);
    expect(slotHost(cell, 'balance-warning')).toBe(mine);
    expect(slotHost(cell, 'customer-mentions')).toBeNull();
  });

  it('creates the host hidden, and attaches the shadow root (with its style) on first use, once', () => {
    const host = mountSlot(document.createElement('td'), 'balance-warning', 'a');
    expect(host.shadowRoot).toBeNull();
    expect(host.hidden).toBe(true); // nothing to show yet, and no layout for the table to redo
    const root = shadowOf(host, '.pa-chip{color:red}');
    expect(shadowOf(host, '.pa-chip{color:red}')).toBe(root);
    const css =
      root.adoptedStyleSheets.length > 0
        ? [...(root.adoptedStyleSheets[0]?.cssRules ?? [])].map((r) => r.cssText).join('')
        : (root.querySelector('style')?.textContent ?? '');
    expect(css.replace(/[\s;]/g, '')).toBe('.pa-chip{color:red}');
    expect(root.querySelectorAll('style').length).toBeLessThanOrEqual(1);
  });
});
