/**
 * Shared helpers of the real-Chromium benchmarks (popup.bench.ts, page-load.bench.ts): statistics, the JSON
 * result line run.ts collects, and an in-page probe that timestamps when selectors first show up.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export const median = (samples: number[]) => percentile(samples, 0.5);

/** One result line for run.ts; ratio = median ÷ baseline (both measured in the same run). */
export function emit(name: string, unit: string, samples: number[], baseline: number, target: number) {
  const m = median(samples);
  console.log(
    JSON.stringify({
      name,
      unit,
      median: round(m),
      p95: round(percentile(samples, 0.95)),
      runs: samples.length,
      baseline: round(baseline),
      ratio: round(m / baseline, 3),
      target,
    }),
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a truthy value (plain loop: these scripts run outside vitest). */
export async function until<T>(what: string, check: () => Promise<T>, timeoutMs: number, everyMs = 250) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * Installs, in every page of the context before its own scripts run, a MutationObserver that records
 * `performance.now()` (ms since navigation start) at the first animation frame after each selector matches,
 * i.e. about when that element is first painted. Read them with `marks(page)`.
 */
export async function installProbe(context: BrowserContext, selectors: Record<string, string>) {
  // A string, not a function: tsx would add `__name(...)` calls the page does not define.
  await context.addInitScript(`(() => {
    const sel = ${JSON.stringify(selectors)};
    const marks = (window.__paMarks = {});
    const pending = new Set(Object.keys(sel));
    const observer = new MutationObserver(() => {
      for (const key of [...pending]) {
        if (!document.querySelector(sel[key])) continue;
        pending.delete(key);
        requestAnimationFrame(() => { marks[key] = performance.now(); });
      }
      if (pending.size === 0) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`);
}

/** Waits until every probed selector has a mark, and returns the marks. */
export async function marks(page: Page, keys: string[], timeoutMs = 30_000): Promise<Record<string, number>> {
  await page.waitForFunction(
    (k: string[]) => {
      const m = (window as unknown as { __paMarks?: Record<string, number> }).__paMarks;
      return !!m && k.every((key) => typeof m[key] === 'number');
    },
    keys,
    { timeout: timeoutMs, polling: 20 },
  );
  return page.evaluate(() => (window as unknown as { __paMarks: Record<string, number> }).__paMarks);
}

/** The navigation's load event end, in ms since navigation start. */
export async function loadEventEnd(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return !!nav && nav.loadEventEnd > 0;
  });
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
}
