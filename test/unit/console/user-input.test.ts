import { describe, expect, it, vi } from 'vitest';
import { mountShadow } from '@/utils/console/mount';
import { GUARDED_EVENTS } from '@/utils/console/user-input';

/** A button inside a freshly mounted root, with a handler for every guarded event. */
function mountedButton() {
  const anchor = document.createElement('div');
  document.body.append(anchor);
  const { root } = mountShadow(anchor, 'balance-warning', `k${Math.random()}`, '');
  const form = document.createElement('form');
  const button = document.createElement('button');
  button.type = 'button'; // as every injected button: a click never submits by itself
  form.append(button);
  root.append(form);
  const seen = vi.fn<(type: string) => void>();
  for (const type of GUARDED_EVENTS) button.addEventListener(type, (e) => seen(e.type));
  form.addEventListener('submit', (e) => seen(e.type));
  return { button, form, seen };
}

/** What the browser creates for the user's own input; scripts can never set this. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('injected UI accepts only the user’s own input', () => {
  it('drops element.click(), dispatched mouse and keyboard events, and scripted submits', () => {
    const { button, form, seen } = mountedButton();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button.focus();
    for (const type of ['keydown', 'keypress', 'keyup'])
      button.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  it('cancels the default action of a scripted click (a link would not navigate)', () => {
    const { button } = mountedButton();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
  });

  it('lets trusted events through to the handler, untouched', () => {
    const { button, seen } = mountedButton();
    const click = trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    button.dispatchEvent(click);
    button.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    expect(seen.mock.calls).toEqual([['click'], ['keydown']]);
    expect(click.defaultPrevented).toBe(false);
  });

  it('guards every root, including one mounted again for the same key', () => {
    const anchor = document.createElement('div');
    const first = mountShadow(anchor, 'order-on-behalf', 'same', '');
    const again = mountShadow(anchor, 'order-on-behalf', 'same', '');
    const button = document.createElement('button');
    again.root.append(button);
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    button.click();
    expect(again.root).toBe(first.root);
    expect(onClick).not.toHaveBeenCalled();
  });
});
