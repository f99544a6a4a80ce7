/**
 * Shared helpers of the real-Chromium benchmarks (popup.bench.ts, page-load.bench.ts, cache.bench.ts,
 * sync.bench.ts): statistics, the JSON result line run.ts collects, an in-page probe that timestamps when
 * selectors first show up, a Vite bundle of product modules for a plain page, the options-page account setup
 * outside vitest, and the service worker's heap.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { createVaultAndTypeKeys } from '../e2e/sync/flow';
import type { SandboxAccount } from '../sandbox/server';

const ROOT = resolve(import.meta.dirname, '../..');

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export const median = (samples: number[]) => percentile(samples, 0.5);

/** One result line for run.ts; ratio = median ÷ baseline (both measured in the same run). */
export function emit(
  name: string,
  unit: string,
  samples: number[],
  baseline: number,
  target: number,
  extra: Record<string, unknown> = {},
) {
  printResult({ name, unit, samples, baseline, target, extra, higherIsBetter: false });
}

/**
 * One result line for a rate (higher is better): `p95` is the rate of the slowest 5 % of the samples, and
 * ratio = baseline ÷ median, so that ratio ≤ target reads "at least `baseline`" like every other line.
 */
export function emitRate(
  name: string,
  unit: string,
  samples: number[],
  baseline: number,
  target: number,
  extra: Record<string, unknown> = {},
) {
  printResult({ name, unit, samples, baseline, target, extra, higherIsBetter: true });
}

function printResult(r: {
  name: string;
  unit: string;
  samples: number[];
  baseline: number;
  target: number;
  extra: Record<string, unknown>;
  higherIsBetter: boolean;
}) {
  const m = median(r.samples);
  console.log(
    JSON.stringify({
      name: r.name,
      unit: r.unit,
      median: round(m),
      p95: round(percentile(r.samples, r.higherIsBetter ? 0.05 : 0.95)),
      runs: r.samples.length,
      baseline: round(r.baseline),
      ratio: round(r.higherIsBetter ? r.baseline / m : m / r.baseline, 3),
      target: r.target,
      ...r.extra,
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

/**
 * Bundles `entry` (a file under test/bench that imports product modules through `@/`) into one IIFE for a
 * plain page; wxt's browser/storage modules are stubbed (such a page is not an extension page).
 */
export async function bundleForPage(entry: string, name = 'paBenchBundle'): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    resolve: {
      alias: [
        { find: /^wxt\/(browser|utils\/storage)$/, replacement: resolve(ROOT, 'test/bench/stub-wxt.ts') },
        { find: /^@\//, replacement: `${ROOT}/` },
      ],
    },
    build: { write: false, minify: true, lib: { entry: resolve(ROOT, entry), formats: ['iife'], name } },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}

/** flow.ts's configureAccount without vitest's expect.poll (bench scripts run outside vitest). */
export async function configureAccount(options: Page, account: SandboxAccount) {
  const form = await createVaultAndTypeKeys(options, account);
  await form.locator('button[name="find-domain-id"]').click();
  const domainId = form.locator('input[name="domain-id"]');
  await until('domain id', async () => (await domainId.inputValue()) === account.domainId, 15_000);
  await form.locator('button[name="save-account"]').click();
  const row = options.locator('.account-row');
  await until('account row', async () => (await row.count()) === 1, 15_000);
  await row.locator('button[name="check"]').click();
  const check = row.locator('.check-result');
  await until('connection check', async () => (await check.getAttribute('data-status')) === 'ok', 15_000);
}

/** Used JS heap of the extension's service worker in MB, through a raw CDP target session; null if unreachable. */
export async function workerHeapMb(cdp: CDPSession, extensionId: string): Promise<number | null> {
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!sw) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    const reply = new Promise<number>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (msg.id === 1 && msg.result) resolve(msg.result.usedSize / 1024 / 1024);
      });
    });
    // A full GC first, so the figure is what the worker retains, not garbage not yet collected.
    for (const [id, method] of [
      [0, 'HeapProfiler.collectGarbage'],
      [1, 'Runtime.getHeapUsage'],
    ] as const) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    }
    const mb = await Promise.race([reply, sleep(5000).then(() => null)]);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return mb;
  } catch (err) {
    console.error(`worker heap skipped: ${String(err)}`);
    return null;
  }
}
