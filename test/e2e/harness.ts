/**
 * Launches Debian's Chromium with the production build (.output/chrome-mv3) and the real Huawei host
 * names mapped to the local sandbox. Collects console errors from every extension context.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type ConsoleMessage, chromium, type Page, type Worker } from 'playwright-core';
import { hostResolverRules } from '../sandbox/hosts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags shared by every launch: the real host names mapped to the sandbox, its throwaway
 * certificate accepted, and no background traffic (this machine's network is closed).
 */
export function mappedBrowserArgs(sandboxPort: number, locale: string): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(sandboxPort)}`,
    '--ignore-certificate-errors',
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface LaunchOptions {
  sandboxPort: number;
  /** Reuse a profile to test a browser relaunch; a fresh temporary one otherwise. */
  userDataDir?: string;
  locale?: 'en-US' | 'zh-CN';
  /** A visible window for `npm run demo` on a display; tests always run headless. */
  headless?: boolean;
  /**
   * More unpacked extensions loaded next to ours (e.g. a hostile probe for G11). They must not have a service
   * worker: `worker()` takes the first extension worker it sees as ours.
   */
  extraExtensions?: string[];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Console errors and uncaught exceptions from pages, content scripts and the service worker. */
  errors: string[];
  worker(): Promise<Worker>;
  evalInWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Stops the MV3 service worker the way Chrome does when it is idle (security.md §3.2). */
  stopWorker(): Promise<void>;
  openExtensionPage(path: 'popup.html' | 'options.html'): Promise<Page>;
  openPage(url: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pa-profile-'));
  const locale = options.locale ?? 'en-US';
  const extensions = [EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // A real window sizes its pages itself; headless keeps Playwright's fixed viewport.
    ...(options.headless === false ? { viewport: null } : {}),
    locale,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      ...mappedBrowserArgs(options.sandboxPort, locale),
      // PA_NETLOG=/tmp/net.json: Chromium's own network log, to see requests that never reached the sandbox.
      ...(process.env.PA_NETLOG ? [`--log-net-log=${process.env.PA_NETLOG}`, '--net-log-capture-mode=Everything'] : []),
    ],
  });
  const errors: string[] = [];
  const onConsole = (where: string) => (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`${msg.location().url || where}: ${msg.text()}`);
  };
  const watchPage = (page: Page) => {
    page.on('console', onConsole('page'));
    page.on('pageerror', (err) => errors.push(`${page.url()}: uncaught ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const watchedWorkers = new WeakSet<Worker>();
  const worker = async (): Promise<Worker> => {
    const sw =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    if (!watchedWorkers.has(sw)) {
      watchedWorkers.add(sw);
      sw.on('console', onConsole('service-worker'));
    }
    return sw;
  };
  const extensionId = new URL((await worker()).url()).host;

  const openPage = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  return {
    context,
    extensionId,
    userDataDir,
    errors,
    worker,
    evalInWorker: async (fn) => (await worker()).evaluate(fn),
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    openExtensionPage: (path) => openPage(`chrome-extension://${extensionId}/${path}`),
    openPage,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
