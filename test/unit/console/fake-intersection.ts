/**
 * happy-dom's IntersectionObserver never reports. This stand-in reports like the real one: each newly observed
 * target once (a microtask later), and again whenever a test "scrolls" (report()). `FakeIntersectionObserver.onScreen`
 * decides what counts as near the viewport; by default everything does.
 */
export class FakeIntersectionObserver {
  static onScreen: (target: Element) => boolean = () => true;
  static instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  private fresh = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
    if (this.fresh.size === 0) queueMicrotask(() => this.report([...this.fresh]));
    this.fresh.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
    this.fresh.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
    this.fresh.clear();
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Tells the callback where `targets` (default: all observed) are now. */
  report(targets: Element[] = [...this.targets]): void {
    this.fresh.clear();
    const entries = targets
      .filter((target) => this.targets.has(target))
      .map((target) => ({ target, isIntersecting: FakeIntersectionObserver.onScreen(target) }));
    if (entries.length > 0)
      this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

/** Puts the fake on the test document's window (what nearViewport looks up); returns the undo. */
export function installFakeIntersectionObserver(): () => void {
  const win = document.defaultView as unknown as Record<string, unknown>;
  const before = win.IntersectionObserver;
  win.IntersectionObserver = FakeIntersectionObserver;
  FakeIntersectionObserver.onScreen = () => true;
  FakeIntersectionObserver.instances = [];
  return () => {
    win.IntersectionObserver = before;
  };
}
