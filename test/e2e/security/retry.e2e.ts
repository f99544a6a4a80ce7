/**
 * G8 spot check in Chromium with the production build (security.md §7): a 429 with `Retry-After: 2` is waited
 * out (request timestamps from the sandbox log), and 5 failures open the circuit breaker, which survives a
 * service-worker stop — while open a sync sends nothing and the popup says why — and closes after the cooldown.
 */
import { describe, expect, it } from 'vitest';
import { openPopup, words } from '../popup/page';
import {
  configureAndSync,
  customersSyncedAt,
  gaps,
  message,
  requestsSince,
  status,
  syncCustomers,
  useApiSession,
} from './api-session';

declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };

const s = useApiSession(41, 150);
const en = words('en-US');

describe('G8: retry discipline against the sandbox', () => {
  it('is configured in the options page and the first sync completes', async () => {
    await configureAndSync(s);
  });

  it('429 with Retry-After: 2 → the retries arrive ≥ 2 s apart', async () => {
    const from = s.sandbox.bss.requests.length;
    s.sandbox.bss.setFaults({
      rules: [
        {
          kind: 'error',
          status: 429,
          errorCode: 'CBC.0250',
          retryAfter: 2,
          count: 2,
          operations: ['ListSubCustomers'],
        },
      ],
    });
    await syncCustomers(s.options);
    const list = requestsSince(s.sandbox, from, 'ListSubCustomers');
    expect(list.slice(0, 3).map((r) => r.status)).toEqual([429, 429, 200]);
    const measured = gaps(list.slice(0, 3));
    console.info(`Retry-After: 2 → measured request gaps ${measured.join(', ')} ms`);
    for (const gap of measured) {
      expect(gap).toBeGreaterThanOrEqual(1950);
      expect(gap).toBeLessThan(10_000);
    }
    s.sandbox.bss.setFaults({});
  });

  it('5 failures open the breaker; after a worker stop a sync sends nothing and the popup says why; it recovers after the cooldown', {
    timeout: 180_000,
  }, async () => {
    const from = s.sandbox.bss.requests.length;
    const syncedBefore = (await customersSyncedAt(s.options)) ?? 0;
    // Exactly 5 failures: afterwards the sandbox is healthy again, so any request would succeed — only the breaker holds them back.
    s.sandbox.bss.setFaults({
      rules: [{ kind: 'error', status: 503, errorCode: 'CBC.0999', errorMsg: 'down', count: 5 }],
    });
    await message(s.options, 'sync.now', { jobs: ['customers'] });
    await expect.poll(async () => (await status(s.options)).error?.reason, { timeout: 30_000 }).toBe('unavailable');
    const failed = requestsSince(s.sandbox, from);
    expect(failed.map((r) => r.status)).toEqual([503, 503, 503, 503, 503]);
    console.info(`breaker: 5 × 503 with backoff gaps ${gaps(failed).join(', ')} ms, then open`);
    const retryAt = (await status(s.options)).error?.retryAt ?? 0;
    const lastFailure = failed.at(-1)?.time ?? 0;
    expect(retryAt - lastFailure).toBeGreaterThan(59_000);
    expect(retryAt - lastFailure).toBeLessThan(61_000);
    const stored = await s.session.evalInWorker(() => chrome.storage.session.get('api-circuit-breaker'));
    expect(stored['api-circuit-breaker']).toMatchObject({
      'bss.myhuaweicloud.com': { failures: 5, openUntil: retryAt, probing: false },
    });

    // Stop the worker; the next message starts a new one (the marker proves it is not the old one).
    await s.session.evalInWorker(() => {
      (globalThis as { __beforeStop?: boolean }).__beforeStop = true;
    });
    await s.session.stopWorker();
    const popup = await openPopup(s.session);
    expect(await s.session.evalInWorker(() => (globalThis as { __beforeStop?: boolean }).__beforeStop ?? false)).toBe(
      false,
    );
    const alert = popup.locator('.sync-error');
    await expect.poll(() => alert.textContent()).toContain(en('syncErrUnavailable', '').replace(/\.$/, '').trim());
    expect(await alert.textContent()).toContain(en('syncFixUnavailable'));
    // "Sync now" (the button in the error box) and another sync message while open: no request at all.
    await alert.locator('button').click();
    await message(s.options, 'sync.now', {});
    await new Promise((r) => setTimeout(r, 2000));
    expect(requestsSince(s.sandbox, from)).toHaveLength(5);
    await expect.poll(() => popup.locator('.sync-error').count(), { timeout: 10_000 }).toBe(1);

    // After the cooldown the user's "Sync now" sends the probe, it succeeds, and the sync completes.
    await new Promise((r) => setTimeout(r, Math.max(0, retryAt - Date.now() + 500)));
    await popup.locator('.sync-error button').click();
    await expect
      .poll(async () => ((await customersSyncedAt(s.options)) ?? 0) > syncedBefore, { timeout: 60_000, interval: 500 })
      .toBe(true);
    const after = requestsSince(s.sandbox, from + 5);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.time >= retryAt && r.status < 500)).toBe(true);
    expect((await status(s.options)).error).toBeNull();
    await expect.poll(() => popup.locator('.sync-error').count(), { timeout: 10_000 }).toBe(0);
    console.info(`breaker: first request after reopening came ${(after[0]?.time ?? 0) - retryAt} ms after retryAt`);
  });
});
