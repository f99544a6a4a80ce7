import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, type RouterHandlers } from '@/utils/router';

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const handlers: RouterHandlers = {
  'app.status': async () => ({ version: '1', statusCount: 7, workerStartedAt: 1 }),
};
const route = createRouter(handlers, ctx);

const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' } as Browser.runtime.MessageSender;
const contentScript = {
  id: 'ext-id',
  url: 'https://account.huaweicloud.com/obmgr/',
  tab: { id: 1 },
} as Browser.runtime.MessageSender;
const otherExtension = { id: 'evil', url: 'chrome-extension://evil/x.html' } as Browser.runtime.MessageSender;

describe('router', () => {
  it('answers a valid request from an extension page', async () => {
    expect(await route({ type: 'app.status', payload: {} }, page)).toEqual({
      ok: true,
      value: { version: '1', statusCount: 7, workerStartedAt: 1 },
    });
  });

  it('lets a content script ask read-only questions', async () => {
    expect((await route({ type: 'app.status', payload: {} }, contentScript)).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'app.status'],
    ['an unknown type', { type: 'vault.unlock', payload: {} }],
    ['a prototype key', { type: 'constructor', payload: {} }],
    ['extra payload fields', { type: 'app.status', payload: { sk: 'x' } }],
    ['a missing payload', { type: 'app.status' }],
  ])('rejects %s as invalid', async (_name, message) => {
    const result = await route(message, page);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-message');
  });

  it('refuses other extensions', async () => {
    const result = await route({ type: 'app.status', payload: {} }, otherExtension);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a throwing handler into an error result', async () => {
    const failing = createRouter(
      {
        'app.status': async () => {
          throw new Error('db closed');
        },
      },
      ctx,
    );
    expect(await failing({ type: 'app.status', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'db closed' },
    });
  });
});
