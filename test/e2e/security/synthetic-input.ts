/**
 * What a hostile console page can do to the extension's injected UI (security.md G13): its shadow roots are
 * open, so page script finds every control and clicks, presses Enter/Space on, and submits it. All of it
 * untrusted input; none of it may act.
 */
import type { Page } from 'playwright-core';
import type { Sandbox } from '../../sandbox/server';

export interface Poked {
  /** `feature/tag.class` of every control reached, e.g. "balance-warning/button.pa-btn pa-chip-fix". */
  controls: string[];
}

/** From the PAGE world: every scripted way to activate every control in every `pa-ui` shadow root. */
export function pokeInjectedControls(page: Page): Promise<Poked> {
  return page.evaluate(() => {
    const controls: string[] = [];
    const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true, composed: true });
    const key = (type: string, k: string) =>
      new KeyboardEvent(type, {
        key: k,
        code: k === ' ' ? 'Space' : k,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
    for (const host of document.querySelectorAll<HTMLElement>('pa-ui')) {
      const root = host.shadowRoot;
      if (!root) continue;
      host.click();
      const found = root.querySelectorAll<HTMLElement>(
        'button, a, summary, input, select, [role="button"], [tabindex]',
      );
      for (const el of found) {
        controls.push(`${host.dataset.feature}/${el.localName}.${el.className}`);
        el.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(mouse(type));
        el.focus();
        for (const k of ['Enter', ' ']) {
          for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(key(type, k));
        }
        el.closest('form')?.requestSubmit();
      }
    }
    return { controls };
  });
}

/** Everything the sandbox was asked since `from`, and whether any of it could change something. */
export function requestsSince(sandbox: Sandbox, from: number) {
  const requests = sandbox.bss.requests.slice(from);
  // Every BSS read is a List*/Show* operation (IAM: KeystoneList*); everything else writes.
  const writes = requests.filter((r) => !/^(List|Show|KeystoneList)/.test(r.operation ?? ''));
  return { requests, writes: writes.map((r) => `${r.method} ${r.path} ${r.operation}`) };
}

/** Extension pages (tabs or windows) open in the browser. */
export function extensionPages(page: Page, extensionId: string): string[] {
  return page
    .context()
    .pages()
    .map((p) => p.url())
    .filter((u) => u.startsWith(`chrome-extension://${extensionId}/`));
}
