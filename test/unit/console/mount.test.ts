import { describe, expect, it } from 'vitest';
import { HOST_TAG, mountShadow, unmountFeature } from '@/utils/console/mount';

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
