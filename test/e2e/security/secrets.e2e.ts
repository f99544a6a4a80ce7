/**
 * G1 (no secret byte reachable from page or content-script context) and G14 (no secret at rest after lock or
 * relaunch), security.md §7: the extension is unlocked with generated canary keys, then every channel a page or
 * a compromised content script could read is scanned for every encoding of them. A positive control first
 * proves each channel is really scanned.
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_TYPES } from '../../../utils/messaging';
import { contentScriptWorld } from '../sync/content-world';
import { configureAccount, customersJob, PASSPHRASE, syncStatus } from '../sync/flow';
import { expectOnlyCiphertextAtRest } from './at-rest';
import { type Canary, encodingsOf, makeCanaryKeys, makeControl, scan, scanAll } from './canary';
import { type CanarySandbox, launchObserved, type ObservedSession, startCanarySandbox } from './canary-sandbox';
import { ALL_TYPES, messageArb, plausiblePayloads } from './catalogue';
import { consoleChannel, pageChannels, requestChannels } from './channels';
import { dumpExtensionPage } from './dump';
import { sendFromContentWorld } from './send';
import { sized } from './size';

const KEYS = makeCanaryKeys();
const CANARIES: Canary[] = [KEYS.ak, KEYS.sk];
const CONSOLE_PAGE = 'https://account.huaweicloud.com/obmgr/?locale=en-us#/obmgr/customer/list';

const s = {} as { box: CanarySandbox; run: ObservedSession; options: Page; page: Page };
const errors: string[] = [];
let profile: string | undefined;

beforeAll(async () => {
  s.box = await startCanarySandbox(KEYS);
  s.run = await launchObserved(s.box.sandbox.info.port);
  profile = s.run.session.userDataDir;
  s.options = await s.run.session.openExtensionPage('options.html');
});

afterAll(async () => {
  errors.push(...(s.run?.session.errors ?? []));
  await s.run?.session.close();
  await s.box?.sandbox.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  expect(errors, 'console errors in extension contexts').toEqual([]);
});

/** Every channel G1 names, as text: page and content-script worlds, consoles, requests, the sandbox's log. */
async function allChannels() {
  await s.run.observer.settled();
  const requests = requestChannels(s.run.observer.requests, KEYS.ak.value);
  const channels = {
    ...(await pageChannels(s.page, s.run.session.extensionId)),
    ...consoleChannel(s.run.observer),
    ...requests.channels,
    'sandbox request log': JSON.stringify(s.box.sandbox.bss.requests),
  };
  return { channels, signedWithAk: requests.signedWithAk };
}

describe('G1: unlocked with canary keys, nothing outside the extension sees them', () => {
  it('is configured with the canary keys in the options page and syncs with them', async () => {
    await configureAccount(s.options, s.box.account);
    await expect
      .poll(async () => (await customersJob(s.options)).lastSuccessAt, { timeout: 60_000, interval: 500 })
      .not.toBeNull();
    s.page = await s.run.session.openPage(CONSOLE_PAGE);
    // The content script has drawn its chips from the synced cache.
    await expect.poll(() => s.page.locator('pa-ui').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('positive control: a secret planted in each channel, in a different encoding each, is found there', async () => {
    const control = makeControl();
    const form = (encoding: string) => encodingsOf(control.value).find((e) => e.encoding === encoding)?.text ?? '';
    await s.page.evaluate(
      async ({ raw, b64, hex }) => {
        document.body.setAttribute('data-control', b64);
        (window as unknown as { __control: string }).__control = hex;
        console.log('control', raw);
        await fetch(`/obmgr/__control?c=${hex}`).catch(() => undefined);
      },
      { raw: control.value, b64: form('base64@0'), hex: form('hex') },
    );
    const world = await contentScriptWorld(s.page, s.run.session.extensionId);
    const upper = JSON.stringify(form('HEX'));
    await world.evaluate(
      `chrome.storage.local.set({ control: ${upper} }).then(() => console.log('control', ${upper}))`,
    );
    await world.evaluate(`window.postMessage({ control: ${JSON.stringify(form('base64@1'))} }, '*')`);
    await world.close();
    await s.options.evaluate((text) => console.info('control', text), form('base64@0'));
    const worker = await s.run.session.worker();
    await worker.evaluate(
      async ({ raw, hex }) => {
        console.debug('control', hex);
        await fetch('https://bss.myhuaweicloud.com/__control', { headers: { 'x-control': raw } }).catch(() => null);
      },
      { raw: control.value, hex: form('hex') },
    );

    const { channels } = await allChannels();
    const found = (where: keyof typeof channels) =>
      [...new Set(scan(channels[where], [control], where).map((h) => h.encoding))].sort();
    expect(found('page DOM and storage')).toEqual(['base64@0']);
    expect(found('page globals')).toEqual(['base64@1', 'hex']); // the content world's postMessage, a global
    expect(found('content world')).toEqual(['HEX', 'base64@0']); // its storage.local and the page's DOM
    expect(found('console')).toEqual(['HEX', 'base64@0', 'hex', 'raw']); // content world, options, worker, page
    expect(found('requests')).toEqual(['hex', 'raw']); // the page's fetch, the worker's fetch
    const fromWorker = s.run.observer.requests.filter((r) => r.fromWorker && r.url.endsWith('/__control'));
    expect(fromWorker.map((r) => r.headers['x-control'])).toEqual([control.value]);
    // Planted controls stay (storage.local, DOM): later scans look for the canaries, not for the control.
  });

  it('an API error echoing both keys is redacted: 0 hits in the options page, popup, storage and consoles', async () => {
    // A gateway that quotes the credentials back (the worst case of a real error message).
    const echo = `Incorrect IAM authentication information: ak=${KEYS.ak.value} sk=${KEYS.sk.value}`;
    s.box.sandbox.bss.setFaults({ rules: [{ kind: 'error', status: 401, errorCode: 'APIGW.0301', errorMsg: echo }] });
    await s.options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.now', payload: {} }));
    const failed = async () => (await syncStatus(s.options)).jobs.some((j) => j.state === 'failed');
    await expect.poll(failed, { timeout: 20_000 }).toBe(true);
    const row = s.options.locator('.account-row');
    await row.locator('button[name="check"]').click();
    await expect.poll(() => row.locator('.check-result').getAttribute('data-status')).not.toBe('ok');
    const popup = await s.run.session.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('section.sync .sync-error').count(), { timeout: 15_000 }).toBe(1);
    s.box.sandbox.bss.setFaults({});
    const served = s.box.sandbox.bss.requests.filter((r) => r.status === 401).length;
    expect(served).toBeGreaterThan(0);
    const pages = { options: await s.options.content(), popup: await popup.content() };
    await popup.close();
    // The message itself was kept (the failed job's error in IndexedDB), only the keys in it were cut.
    const stored = await dumpExtensionPage(s.options);
    expect(stored).toContain('Incorrect IAM authentication information');
    const channels = { ...pages, 'extension storage': stored, ...consoleChannel(s.run.observer) };
    expect(scanAll(channels, CANARIES)).toEqual([]);
  });

  it('0 hits in the page, the content-script world, the replies to every message type, consoles and requests', async () => {
    const payloads = plausiblePayloads(s.box.account.domainId);
    expect(Object.keys(payloads).sort()).toEqual([...ALL_TYPES].sort());
    const plausible = ALL_TYPES.map((type) => ({ type, payload: payloads[type] }));
    const random = fc.sample(messageArb(5_000), { numRuns: sized(150, 1_000), seed: 1 });
    const world = await contentScriptWorld(s.page, s.run.session.extensionId);
    const replies = await sendFromContentWorld(world, [...plausible, ...random]);
    await world.close();
    plausible.forEach(({ type }, i) => {
      const code = replies[i]?.answer?.error?.code;
      if (CONTENT_SCRIPT_TYPES.has(type)) expect(replies[i]?.answer?.ok, type).toBe(true);
      else expect(code, type).toBe('forbidden');
    });

    const { channels, signedWithAk } = await allChannels();
    const contentWorld = JSON.parse(channels['content world']) as { session: unknown };
    expect(contentWorld.session).toMatch(/^refused: .*not allowed/);
    expect(scanAll({ ...channels, replies: JSON.stringify(replies) }, CANARIES)).toEqual([]);
    // The AK did travel, but only as `Access=` of signed BSS/IAM requests.
    expect(signedWithAk).toBeGreaterThan(0);
  });
});

describe('G14: after lock and after a browser relaunch only the vault ciphertext remains', () => {
  it('after lock: storage.session empty, no canary in IndexedDB or storage.local, page worlds clean', async () => {
    await s.options.locator('button[name="lock"]').click();
    await expect.poll(() => s.options.locator('#vault').getAttribute('data-locked')).toBe('true');
    await expectOnlyCiphertextAtRest(await dumpExtensionPage(s.options), KEYS, 'after lock');
    expect(scanAll(await pageChannels(s.page, s.run.session.extensionId), CANARIES)).toEqual([]);
  });

  it('after a relaunch (closed while unlocked): locked, storage.session empty, no canary anywhere', async () => {
    await s.options.locator('#vault input[name="passphrase"]').fill(PASSPHRASE);
    await s.options.locator('button[name="unlock-submit"]').click();
    await expect.poll(() => s.options.locator('#vault').getAttribute('data-locked')).toBe('false');
    errors.push(...s.run.session.errors);
    await s.run.session.close({ keepProfile: true });

    s.run = await launchObserved(s.box.sandbox.info.port, profile);
    s.options = await s.run.session.openExtensionPage('options.html');
    await expect.poll(() => s.options.locator('#vault').getAttribute('data-locked')).toBe('true');
    await expectOnlyCiphertextAtRest(await dumpExtensionPage(s.options), KEYS, 'after relaunch');
    expect(await s.run.session.evalInWorker(() => chrome.storage.session.get(null))).toEqual({});

    s.page = await s.run.session.openPage(CONSOLE_PAGE);
    const { channels } = await allChannels();
    expect(scanAll(channels, CANARIES)).toEqual([]);
  });
});

/** The extension API the evaluated snippets use (they run in the browser, not in this process). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};
