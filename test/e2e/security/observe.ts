/**
 * Records everything observable from outside the extension: every console message (all levels) of every page,
 * content script, extension page and the service worker, and every request leaving the browser with its URL,
 * headers and body (service-worker fetches included: Playwright reports them on the context).
 */
import type { BrowserContext, ConsoleMessage, Page, Request, Worker } from 'playwright-core';

export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  fromWorker: boolean;
}

export interface Observer {
  consoleLines: string[];
  requests: SeenRequest[];
  /** Waits until every request's headers were read. */
  settled(): Promise<void>;
  /** Attaches to a service worker (call again after a relaunch gives a new one; repeated calls are no-ops). */
  watchWorker(worker: Worker): void;
}

export function observe(context: BrowserContext): Observer {
  const consoleLines: string[] = [];
  const requests: SeenRequest[] = [];
  const pending = new Set<Promise<void>>();
  const line = (where: string) => (msg: ConsoleMessage) =>
    consoleLines.push(`${where} ${msg.type()} ${msg.location().url}: ${msg.text()}`);
  const watchPage = (page: Page) => page.on('console', line('page'));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const record = (request: Request) => {
    const done = request
      .allHeaders()
      .catch(() => request.headers())
      .then((headers) => {
        requests.push({
          url: request.url(),
          method: request.method(),
          headers,
          body: request.postData() ?? '',
          fromWorker: request.serviceWorker() !== null,
        });
      })
      .finally(() => pending.delete(done));
    pending.add(done);
  };
  context.on('request', record);

  const watched = new WeakSet<Worker>();
  return {
    consoleLines,
    requests,
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    watchWorker(worker) {
      if (watched.has(worker)) return;
      watched.add(worker);
      worker.on('console', line('worker'));
    },
  };
}

/** A request as one searchable text (method, URL, headers, body). */
export function requestText(r: SeenRequest): string {
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`);
  return [`${r.method} ${r.url}`, ...headers, r.body].join('\n');
}

/**
 * Page init script: keeps every `message` event a page receives (e.g. a content script's `window.postMessage`)
 * in the page global `__observedMessages`, where the page-globals scan reads it.
 */
export function recordPostMessages(): void {
  const seen: string[] = [];
  Object.defineProperty(window, '__observedMessages', { value: seen, enumerable: true });
  window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)), true);
}
