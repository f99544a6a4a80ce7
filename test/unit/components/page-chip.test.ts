import { describe, expect, it, vi } from 'vitest';
import { isPainted, paintChip } from '@/components/page-chip';
import { HOSTILE_STRINGS } from '../../sandbox/bss/generate/names';

function newRoot(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('pa-ui');
  document.body.append(host);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

const click = () => new MouseEvent('click', { bubbles: true });

describe('paintChip', () => {
  it('shows status, label and hover card as inert text', () => {
    const { host, root } = newRoot();
    const hostile = HOSTILE_STRINGS[0] ?? '<img src=x onerror=alert(1)>';
    expect(isPainted(host)).toBe(false);
    expect(paintChip(root, { status: 'blocked', label: hostile, details: ['¥-3.00', hostile] })).toBe(true);
    const chip = root.querySelector('.pa-chip');
    expect(chip?.getAttribute('data-status')).toBe('blocked');
    expect(chip?.textContent).toBe(hostile);
    expect(chip?.getAttribute('title')).toBe(`¥-3.00\n${hostile}`);
    expect(root.querySelector('img')).toBeNull();
    expect(isPainted(host)).toBe(true);
  });

  it('touches nothing when repainted with the same chip, and replaces (never duplicates) a changed one', () => {
    const { root } = newRoot();
    paintChip(root, { status: 'low', label: 'Low', details: ['a'] });
    const first = root.querySelector('.pa-chip');
    expect(paintChip(root, { status: 'low', label: 'Low', details: ['a'] })).toBe(false);
    expect(root.querySelector('.pa-chip')).toBe(first);
    expect(paintChip(root, { status: 'blocked', label: 'Blocked', details: ['b'] })).toBe(true);
    expect(root.querySelectorAll('.pa-chip')).toHaveLength(1);
    expect(root.querySelector('.pa-chip')?.getAttribute('data-status')).toBe('blocked');
  });

  it('keeps a fallback <style> when repainting', () => {
    const { root } = newRoot();
    root.append(Object.assign(document.createElement('style'), { textContent: '.pa-chip{}' }));
    paintChip(root, { status: 'low', label: 'Low', details: [] });
    paintChip(root, { status: 'frozen', label: 'Frozen', details: [] });
    expect([...root.children].map((c) => c.localName)).toEqual(['style', 'span']);
  });

  it('adds the fix button, which runs the handler of the latest paint', () => {
    const { root } = newRoot();
    const old = vi.fn();
    const current = vi.fn();
    paintChip(root, {
      status: 'blocked',
      label: 'B',
      details: [],
      fix: { id: 'allocate-funds', label: 'Allocate', onClick: old },
    });
    const button = root.querySelector('button.pa-chip-fix');
    expect(button?.getAttribute('data-fix')).toBe('allocate-funds');
    // Same look, new handler (e.g. the row now shows another customer): the button stays, the handler follows.
    paintChip(root, {
      status: 'blocked',
      label: 'B',
      details: [],
      fix: { id: 'allocate-funds', label: 'Allocate', onClick: current },
    });
    expect(root.querySelector('button.pa-chip-fix')).toBe(button);
    button?.dispatchEvent(click());
    expect(current).toHaveBeenCalledTimes(1);
    expect(old).not.toHaveBeenCalled();
    paintChip(root, { status: 'low', label: 'L', details: [] });
    expect(root.querySelector('button')).toBeNull();
  });
});
