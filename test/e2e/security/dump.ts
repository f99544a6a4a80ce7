/**
 * Dumps of everything a context can read, as one JSON text for the canary scanner. The functions run in the
 * browser (an extension page, the page world, or the content-script world through CDP), so they are
 * self-contained: no imports, no closures over this module.
 */
import type { Page } from 'playwright-core';
import type { contentScriptWorld } from '../sync/content-world';

type World = Awaited<ReturnType<typeof contentScriptWorld>>;

export interface DumpOptions {
  /** Read storage.session too (it must throw in a content script). */
  session: boolean;
  /** The DOM with every shadow root (closed ones too where chrome.dom allows) and form field values. */
  dom: boolean;
}

/** Runs in the browser: extension storage, IndexedDB of this origin, web storage, cookies and optionally the DOM. */
export async function readEverything(options: DumpOptions): Promise<string> {
  interface AreaLike {
    get(keys: null): Promise<Record<string, unknown>>;
  }
  const ext = (globalThis as unknown as { chrome?: { storage?: { local: AreaLike; session: AreaLike } } }).chrome;
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const out: Record<string, unknown> = {};
  out.local = ext?.storage ? await ext.storage.local.get(null) : 'no extension storage';
  if (options.session) {
    try {
      out.session = ext?.storage ? await ext.storage.session.get(null) : 'no extension storage';
    } catch (error) {
      out.session = `refused: ${String(error)}`;
    }
  }
  const idb: Record<string, Record<string, unknown[]>> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    idb[name] = {};
    for (const store of Array.from(db.objectStoreNames)) {
      idb[name][store] = await request(db.transaction(store).objectStore(store).getAll());
    }
    db.close();
  }
  out.idb = idb;
  out.webStorage = { local: { ...localStorage }, session: { ...sessionStorage } };
  out.cookie = document.cookie;
  if (options.dom) {
    const dom = (globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot } } })
      .chrome?.dom;
    const parts = [document.documentElement.outerHTML];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
        const shadow = dom ? dom.openOrClosedShadowRoot(el) : el.shadowRoot;
        if (shadow) {
          parts.push(shadow.innerHTML);
          visit(shadow);
        }
      }
    };
    visit(document);
    out.dom = parts;
  }
  const bytes = (view: Uint8Array) => ({ $bytes: Array.from(view, (b) => String.fromCharCode(b)).join('') });
  return JSON.stringify(out, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return bytes(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) return bytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return { $cryptoKey: value.algorithm.name };
    if (value instanceof Map) return { $map: [...value.entries()] };
    if (value instanceof Set) return { $set: [...value] };
    return value;
  });
}

/** Runs in the page world: every non-standard global (compared with a fresh frame's window), serialised. */
export function readPageGlobals(): string {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const standard = new Set(Object.getOwnPropertyNames(frame.contentWindow ?? {}));
  frame.remove();
  // The postMessage recorder (observe.ts) runs in every frame, the fresh one too; its global is read anyway.
  standard.delete('__observedMessages');
  const out: Record<string, string> = {};
  for (const name of Object.getOwnPropertyNames(window)) {
    if (standard.has(name)) continue;
    let value: unknown;
    try {
      value = (window as unknown as Record<string, unknown>)[name];
      out[name] = typeof value === 'function' ? String(value) : (JSON.stringify(value) ?? String(value));
    } catch {
      out[name] = String(value);
    }
  }
  return JSON.stringify(out);
}

export const dumpExtensionPage = (page: Page) => page.evaluate(readEverything, { session: true, dom: false });

export const dumpPageWorld = async (page: Page) => ({
  storage: await page.evaluate(readEverything, { session: false, dom: true }),
  globals: await page.evaluate(readPageGlobals),
});

export const dumpContentWorld = (world: World) =>
  world.evaluate<string>(`(${readEverything.toString()})(${JSON.stringify({ session: true, dom: true })})`);
