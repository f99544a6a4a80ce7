/**
 * G11 message boundary (security.md §7), in Chromium with the production build: every declared type is
 * schema-checked by the running worker; random and hostile messages from the content-script world have no
 * privileged effect and do not crash the worker; a second installed extension and a web page cannot reach it.
 * (Static side: test/unit/security/message-schemas.test.ts.)
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_TYPES, type MessageType } from '../../../utils/messaging';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { EXTENSION_DIR, type ExtensionSession, launchExtension } from '../harness';
import { configureByMessages, send } from '../money/flow';
import { contentScriptWorld } from '../sync/content-world';
import { customersJob, syncStatus } from '../sync/flow';
import { ALL_TYPES, messageArb, plausiblePayloads } from './catalogue';
import { privilegedState as privilegedStateOf, settledState } from './effects';
import { unpackedExtensionId, writeProbeExtension } from './probe-extension';
import { sendFromContentWorld } from './send';
import { sized } from './size';

const FUZZ_RUNS = sized(1_000, 10_000);
const HUGE_STRING = 100_000;
const CONSOLE_PAGE = 'https://account.huaweicloud.com/obmgr/?locale=en-us#/obmgr/customer/list';

const probe = writeProbeExtension();
const s = {} as { sandbox: Sandbox; session: ExtensionSession; options: Page; page: Page };

type Answer = { ok: boolean; value?: { statusCount?: number; workerStartedAt?: number }; error?: { code?: string } };
const ask = async (type: string, payload: unknown = {}) => (await send(s.options, type, payload)) as Answer;

beforeAll(async () => {
  s.sandbox = await startSandbox({ seed: 94, customers: 40 });
  s.session = await launchExtension({ sandboxPort: s.sandbox.info.port, extraExtensions: [probe.dir] });
  s.options = await s.session.openExtensionPage('options.html');
});

afterAll(async () => {
  const errors = s.session?.errors ?? [];
  await s.session?.close();
  await s.sandbox?.close();
  probe.remove();
  expect(errors, 'console errors in extension contexts').toEqual([]);
});

const privilegedState = () => privilegedStateOf(s.sandbox, s.options);

describe('G11: the message boundary holds', () => {
  it('runs next to a second extension; ours is set up, unlocked and synced', async () => {
    // The id formula the probe relies on, checked against our own extension.
    expect(unpackedExtensionId(EXTENSION_DIR)).toBe(s.session.extensionId);
    await configureByMessages(s.options, s.sandbox.bss.accounts.cn);
    await expect
      .poll(async () => (await customersJob(s.options)).lastSuccessAt, { timeout: 60_000, interval: 500 })
      .not.toBeNull();
    // The other jobs finish too, so no sync request lands in the request log during the checks below.
    await expect.poll(async () => (await syncStatus(s.options)).running, { timeout: 60_000 }).toBe(false);
  });

  it('the running worker schema-checks every declared type (unexpected field → invalid-message)', async () => {
    for (const type of [...ALL_TYPES, 'no.such', 'constructor', '__proto__']) {
      expect(await ask(type, { unexpected: true }), type).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
  });

  it(
    `${FUZZ_RUNS} random messages from the content-script world: 0 privileged effects, 0 worker crashes`,
    async () => {
      s.page = await s.session.openPage(CONSOLE_PAGE);
      const world = await contentScriptWorld(s.page, s.session.extensionId);
      const payloads: Record<MessageType, unknown> = {
        ...plausiblePayloads(s.sandbox.bss.accounts.cn.domainId),
        // Allowed page messages that would legitimately open a tab or store page figures: made effect-free.
        'page.openAction': { site: 'cn', action: 'allocate' },
        'page.reportFigures': { site: 'cn', rows: [] },
      };
      const valid = ALL_TYPES.map((type) => ({ type, payload: payloads[type] }));
      const polluted = valid.map((m) => ({
        ...m,
        payload: { ...(m.payload as object), ['__proto__']: { admin: true } },
      }));
      const random = fc.sample(messageArb(HUGE_STRING), { numRuns: FUZZ_RUNS, seed: 11 });
      const messages = [...valid, ...polluted, ...random];
      await expect.poll(() => s.page.locator('pa-ui').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const before = await settledState(s.sandbox, s.options);
      const startedAt = (await ask('app.status')).value?.workerStartedAt;
      const pages = s.session.context.pages().length;

      const replies = await sendFromContentWorld(world, messages);

      expect(replies.filter((r) => r.thrown !== undefined)).toEqual([]);
      const answeredOk = new Set(
        messages.filter((_, i) => replies[i]?.answer?.ok).map((m) => (m as { type: string }).type),
      );
      expect([...answeredOk].filter((t) => !CONTENT_SCRIPT_TYPES.has(t as MessageType))).toEqual([]);
      valid.forEach(({ type }, i) => {
        if (!CONTENT_SCRIPT_TYPES.has(type)) expect(replies[i]?.answer?.error?.code, type).toBe('forbidden');
      });
      expect(await privilegedState()).toEqual(before);
      expect(s.session.context.pages().length).toBe(pages);
      // Still answering, from both sides, and the same worker instance: nothing crashed it.
      const [fromPage] = await sendFromContentWorld(world, [{ type: 'app.status', payload: {} }]);
      expect(fromPage?.answer?.ok).toBe(true);
      expect((await ask('app.status')).value?.workerStartedAt).toBe(startedAt);
      await world.close();
    },
    sized(90_000, 900_000),
  );

  it('a second extension gets no answer from sendMessage(<our id>) and a dead port from connect(<our id>)', async () => {
    const before = await privilegedState();
    const count = (await ask('app.status')).value?.statusCount ?? 0;
    const probePage = await s.session.openPage(`chrome-extension://${probe.id}/probe.html`);
    const outcome = await probePage.evaluate(async (target) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: ProbeRuntime } }).chrome.runtime;
      const attempt = async (message: unknown) => {
        try {
          return { answered: await runtime.sendMessage(target, message) };
        } catch (error) {
          return { thrown: String(error) };
        }
      };
      const status = await attempt({ type: 'app.status', payload: {} });
      const lock = await attempt({ type: 'vault.lock', payload: {} });
      const port = await new Promise<{ disconnected: string | false; received: number }>((resolve) => {
        const p = runtime.connect(target);
        let received = 0;
        p.onMessage.addListener(() => received++);
        // Reading lastError marks it handled (else Chrome logs "Unchecked runtime.lastError").
        p.onDisconnect.addListener(() => resolve({ disconnected: String(runtime.lastError?.message), received }));
        p.postMessage({ type: 'vault.lock', payload: {} });
        setTimeout(() => resolve({ disconnected: false, received }), 10_000);
      });
      return { status, lock, port };
    }, s.session.extensionId);
    await probePage.close();

    expect(outcome.status).toMatchObject({ thrown: expect.stringContaining('Receiving end does not exist') });
    expect(outcome.lock).toMatchObject({ thrown: expect.stringContaining('Receiving end does not exist') });
    expect(outcome.port).toEqual({
      disconnected: expect.stringContaining('Receiving end does not exist'),
      received: 0,
    });
    // Our own status call is the only one counted: the probe's never reached the handler.
    expect((await ask('app.status')).value?.statusCount).toBe(count + 1);
    expect(await privilegedState()).toEqual(before);
  });

  it('a web page cannot reach the extension: chrome.runtime is not exposed (externally_connectable ids [])', async () => {
    const reached = await s.page.evaluate(async (target) => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: Partial<ProbeRuntime> } }).chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime.sendMessage';
      try {
        return { answered: await runtime.sendMessage(target, { type: 'vault.lock', payload: {} }) };
      } catch (error) {
        return { thrown: String(error) };
      }
    }, s.session.extensionId);
    expect(reached).toBe('no runtime.sendMessage');
    expect((await ask('vault.state')).value).toMatchObject({ locked: false });
  });
});

interface ProbeRuntime {
  lastError?: { message?: string };
  sendMessage(extensionId: string, message: unknown): Promise<unknown>;
  connect(extensionId: string): {
    onMessage: { addListener(fn: () => void): void };
    onDisconnect: { addListener(fn: () => void): void };
    postMessage(message: unknown): void;
  };
}
