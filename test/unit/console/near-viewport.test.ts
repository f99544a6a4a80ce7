import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearViewport, PAINT_NOW } from '@/utils/console/near-viewport';
import { FakeIntersectionObserver, installFakeIntersectionObserver } from './fake-intersection';

let uninstall: () => void;
beforeEach(() => {
  uninstall = installFakeIntersectionObserver();
});
afterEach(() => uninstall());

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const cell = () => document.createElement('td');

describe('nearViewport', () => {
  it('paints what is near the viewport, and the rest once it is scrolled near', async () => {
    const top = cell();
    const bottom = cell();
    FakeIntersectionObserver.onScreen = (el) => el === top;
    const painter = nearViewport(document, new AbortController().signal);
    const paintTop = vi.fn();
    const paintBottom = vi.fn();
    painter.schedule(top, paintTop);
    painter.schedule(bottom, paintBottom);
    expect(paintTop).not.toHaveBeenCalled(); // the observer reports after the next rendering, as in a browser
    await flush();
    expect(paintTop).toHaveBeenCalledTimes(1);
    expect(paintBottom).not.toHaveBeenCalled();
    expect(painter.pending).toBe(1);
    FakeIntersectionObserver.onScreen = () => true; // scrolled down
    FakeIntersectionObserver.instances[0]?.report();
    expect(paintBottom).toHaveBeenCalledTimes(1);
    expect(paintTop).toHaveBeenCalledTimes(1);
    expect(painter.pending).toBe(0);
  });

  it('runs only the latest paint of a target, and none that was cancelled or no longer retained', async () => {
    const a = cell();
    const b = cell();
    const c = cell();
    FakeIntersectionObserver.onScreen = () => false;
    const painter = nearViewport(document, new AbortController().signal);
    const stale = vi.fn();
    const latest = vi.fn();
    const cancelled = vi.fn();
    const dropped = vi.fn();
    painter.schedule(a, stale);
    painter.schedule(a, latest);
    painter.schedule(b, cancelled);
    painter.schedule(c, dropped);
    painter.cancel(b);
    painter.retain(new Set([a]));
    expect(painter.pending).toBe(1);
    FakeIntersectionObserver.onScreen = () => true;
    FakeIntersectionObserver.instances[0]?.report([a, b, c]);
    expect(latest).toHaveBeenCalledTimes(1);
    for (const fn of [stale, cancelled, dropped]) expect(fn).not.toHaveBeenCalled();
  });

  it('stops observing when the feature is aborted', async () => {
    const run = new AbortController();
    const painter = nearViewport(document, run.signal);
    const paint = vi.fn();
    painter.schedule(cell(), paint);
    run.abort();
    await flush();
    painter.schedule(cell(), paint);
    await flush();
    expect(paint).not.toHaveBeenCalled();
    expect(FakeIntersectionObserver.instances[0]?.targets.size).toBe(0);
  });

  it('paints at once where IntersectionObserver is missing', () => {
    uninstall();
    const win = document.defaultView as unknown as Record<string, unknown>;
    const saved = win.IntersectionObserver;
    win.IntersectionObserver = undefined;
    try {
      const painter = nearViewport(document, new AbortController().signal);
      expect(painter).toBe(PAINT_NOW);
      const paint = vi.fn();
      painter.schedule(cell(), paint);
      expect(paint).toHaveBeenCalledTimes(1);
    } finally {
      win.IntersectionObserver = saved;
      uninstall = installFakeIntersectionObserver();
    }
  });
});
