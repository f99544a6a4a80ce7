import { describe, expect, it } from 'vitest';
import { observeChanges, waitFor } from '@/utils/console/dom';

describe('waitFor', () => {
  it('resolves at once when the element is there', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('table'), { id: 't' }));
    await expect(
      waitFor(document.body, () => document.getElementById('t'), new AbortController().signal),
    ).resolves.toBeTruthy();
  });

  it('resolves when the page renders the element later', async () => {
    document.body.replaceChildren();
    const pending = waitFor(document.body, () => document.querySelector('table'), new AbortController().signal);
    setTimeout(() => document.body.append(document.createElement('table')), 5);
    await expect(pending).resolves.toBeInstanceOf(HTMLTableElement);
  });

  it('rejects when the feature is aborted', async () => {
    document.body.replaceChildren();
    const controller = new AbortController();
    const pending = waitFor(document.body, () => document.querySelector('table'), controller.signal);
    controller.abort(new Error('navigated'));
    await expect(pending).rejects.toThrow('navigated');
  });
});

describe('observeChanges', () => {
  it('reports page changes but not our own hosts', async () => {
    document.body.replaceChildren();
    let calls = 0;
    observeChanges(document.body, () => calls++, new AbortController().signal, 'pa-ui');
    document.body.append(document.createElement('pa-ui'));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(0);
    document.body.append(document.createElement('tr'));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
  });
});
