/**
 * Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi loads the
 * Firefox build, and its content script works on the Partner Center stand-in. Firefox has no
 * host-resolver rules, so its HTTPS proxy points at the sandbox's CONNECT proxy.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CustomerJson, expectedChips } from './pc/expect';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const sandbox = inject('sandbox');
let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sandbox.proxyPort,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
});

describe('Firefox build', () => {
  it.each([
    'https://account.huaweicloud.com/obmgr/#/obmgr/index',
    'https://account-intl.huaweicloud.com/obmgr/#/obmgr/index',
  ])('runs its content script on %s and hears back from the background', async (url) => {
    const page = await browser.newPage();
    await page.goto(url);
    const connected = await page.waitForFunction(
      () => {
        const host = document.querySelector('pa-ui[data-feature="assistant-status"]');
        return host?.shadowRoot?.querySelector('.pa-badge')?.getAttribute('data-connected') ?? false;
      },
      { timeout: 20_000 },
    );
    expect(await connected.jsonValue()).toBe('true');
    await page.close();
  });

  it('shows the balance warnings of the first customer page, matching the dataset (page-only mode)', async () => {
    const page = await browser.newPage();
    await page.goto('https://account.huaweicloud.com/obmgr/?locale=zh-cn#/obmgr/customer/list');
    const { rows } = (await page.evaluate(async () =>
      (await fetch('/obmgr/__data/customers?offset=0&limit=10&sort=associatedOn&order=desc')).json(),
    )) as { rows: CustomerJson[] };
    const expected = expectedChips(rows);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    const shown = async () =>
      page.evaluate(() => {
        const out: Record<string, string> = {};
        for (const host of document.querySelectorAll<HTMLElement>('pa-ui[data-feature="balance-warning"]')) {
          if (host.dataset.key && host.dataset.key !== 'summary') out[host.dataset.key] = host.dataset.status ?? '';
        }
        return out;
      });
    await expect.poll(shown, { timeout: 20_000 }).toEqual(expected);
    await page.close();
  });
});
