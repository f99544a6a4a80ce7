/**
 * Shared by the retry and clock-skew e2e files: a file-own sandbox and browser with the account configured in
 * the options page like a user, the full sync status, and reads of the sandbox request log.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { RecordedRequest } from '../../sandbox/bss/types';
import { permanentAccount, type Sandbox, startSandbox } from '../../sandbox/server';
import { type ExtensionSession, launchExtension } from '../harness';
import { configureAccount } from '../sync/flow';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface ApiSession {
  sandbox: Sandbox;
  session: ExtensionSession;
  options: Page;
}

/** Own sandbox + browser for one file; `before` runs before the browser starts (e.g. to skew the clock). */
export function useApiSession(seed: number, customers: number, before?: (s: Sandbox) => void): ApiSession {
  const state = {} as ApiSession;
  beforeAll(async () => {
    state.sandbox = await startSandbox({ seed, customers });
    before?.(state.sandbox);
    state.session = await launchExtension({ sandboxPort: state.sandbox.info.port });
    state.options = await state.session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    const errors = state.session?.errors ?? [];
    await state.session?.close();
    await state.sandbox?.close();
    expect(errors, 'console errors in extension contexts').toEqual([]);
  });
  return state;
}

/** The first test of a file: the account entered in the options page like a user, and the first sync done. */
export async function configureAndSync(state: ApiSession): Promise<void> {
  await configureAccount(state.options, chinaAccount(state.sandbox));
  await waitIdle(state.options);
}

export const chinaAccount = (s: Sandbox) => permanentAccount(s.info);

export interface FullStatus {
  running: boolean;
  error: { reason: string; retryAt?: number } | null;
  clockSkewMs: number | null;
  jobs: { id: string; state: string; lastSuccessAt: number | null }[];
}

export const message = (page: Page, type: string, payload: unknown = {}) =>
  page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

export async function status(page: Page): Promise<FullStatus> {
  const reply = (await message(page, 'sync.status')) as { ok: boolean; value: FullStatus };
  if (!reply?.ok) throw new Error(`sync.status failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

export const customersSyncedAt = async (page: Page) =>
  (await status(page)).jobs.find((j) => j.id === 'customers')?.lastSuccessAt ?? null;

/** Until the sync that configuring started has finished every job. */
export async function waitIdle(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = await status(page);
        return !s.running && s.jobs.find((j) => j.id === 'customers')?.lastSuccessAt != null;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
}

/** Starts "sync now" for the customers job and waits until it has succeeded again. */
export async function syncCustomers(page: Page): Promise<void> {
  const before = (await customersSyncedAt(page)) ?? 0;
  await message(page, 'sync.now', { jobs: ['customers'] });
  await expect
    .poll(async () => ((await customersSyncedAt(page)) ?? 0) > before, { timeout: 60_000, interval: 300 })
    .toBe(true);
}

/** BSS/IAM requests the sandbox received from index `from` on (optionally of one operation). */
export function requestsSince(s: Sandbox, from: number, operation?: string): RecordedRequest[] {
  return s.bss.requests.slice(from).filter((r) => !operation || r.operation === operation);
}

export const gaps = (requests: readonly RecordedRequest[]) =>
  requests.slice(1).map((r, i) => r.time - (requests[i]?.time ?? r.time));
