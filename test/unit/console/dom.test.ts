import { describe, expect, it } from 'vitest';
import { observeChanges, oneAtATime, waitFor } from '@/utils/console/dom';

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

describe('oneAtATime', () => {
  /** A pass that reads the page's version, waits for a slow answer, then paints what it read. */
  function slowPasses() {
    const page = { version: 0, painted: -1 };
    const answers: (() => void)[] = [];
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const pass = async () => {
      runs++;
      running++;
      overlapped ||= running > 1;
      const read = page.version;
      await new Promise<void>((resolve) => answers.push(resolve));
      page.painted = read;
      running--;
    };
    const answerAll = async () => {
      while (answers.length > 0) {
        answers.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    return { page, pass, answers, answerAll, stats: () => ({ runs, overlapped }) };
  }

  it('requests while a pass runs coalesce into one more pass, after it, that sees the newest page', async () => {
    const s = slowPasses();
    const annotate = oneAtATime(s.pass);
    const first = annotate();
    s.page.version = 1;
    const second = annotate();
    s.page.version = 2;
    const third = annotate();
    expect(third).toBe(second);
    await s.answerAll();
    await Promise.all([first, second, third]);
    expect(s.stats()).toEqual({ runs: 2, overlapped: false });
    expect(s.page.painted).toBe(2);
  });

  it('without it, a pass whose answer comes last paints a page that is gone (the race it prevents)', async () => {
    const s = slowPasses();
    const first = s.pass();
    s.page.version = 1;
    const second = s.pass();
    // The newer pass's answer comes first, the older one's last.
    s.answers.pop()?.();
    await second;
    s.answers.pop()?.();
    await first;
    expect(s.page.painted).toBe(0);
  });

  it('a failed pass does not stop the next one', async () => {
    let calls = 0;
    const annotate = oneAtATime(async () => {
      calls++;
      await Promise.resolve();
      if (calls === 1) throw new Error('boom');
    });
    const first = annotate().catch((e: Error) => e.message);
    const again = annotate();
    expect(await first).toBe('boom');
    await again;
    expect(calls).toBe(2);
  });
});
