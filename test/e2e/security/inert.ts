/**
 * Detectors for security.md G10: did a hostile string run (markers in the page and the content script's
 * isolated world, dialogs, CSP reports) or become markup (elements, attributes, URLs, styles) in extension UI?
 */
import type { BrowserContext, Page } from 'playwright-core';
import { contentScriptWorld } from '../sync/content-world';

declare global {
  interface Window {
    __pwned?: string;
    __cspViolations?: string[];
  }
}

/**
 * Element types each surface's own components render (read off their JSX); anything else was made from data.
 * Types a payload shares with the UI (a, b, details, svg) are caught by data-pwn, handler and URL checks.
 */
export const ALLOWED_TAGS = {
  content: 'b button details div li p section span strong summary table tbody td tr ul'.split(' '),
  popup: (
    'a article button circle dd div dl dt fieldset footer form h1 h2 h3 header input label legend li line main ' +
    'mark option p polyline progress section select span strong svg time ul'
  ).split(' '),
  confirm: (
    'a button code dd div dl dt form h1 h2 input label li main option p section select span strong table tbody ' +
    'td th thead tr ul'
  ).split(' '),
} as const;

export interface UiScan {
  /** Tag names found inside the scanned roots (shadow roots of <pa-ui>, or an extension page's body). */
  tags: string[];
  /** Elements carrying the corpus's `data-pwn` attribute, anywhere in the document or its shadow roots. */
  planted: number;
  /** `on*` attributes inside the scanned roots. */
  handlers: string[];
  /** Resolved href/src/action/data/srcdoc values inside the scanned roots. */
  urls: string[];
  /** Values of the corpus's `--pa-pwned` custom property that reached any element. */
  styles: string[];
  roots: number;
}

/**
 * Scans the page: the content script's shadow roots (`pa-ui` hosts, nested roots included) or, for an extension
 * page, its whole body. Runs in the page world, which can see open shadow roots.
 */
export function scanUi(page: Page, scope: 'shadow-roots' | 'document'): Promise<UiScan> {
  return page.evaluate((mode) => {
    const roots: ParentNode[] = [];
    const collect = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          if (mode === 'document' || el.localName === 'pa-ui') roots.push(el.shadowRoot);
          collect(el.shadowRoot);
        }
      }
    };
    collect(document);
    if (mode === 'document') roots.unshift(document.body);
    const all = (root: ParentNode) => [...root.querySelectorAll('*')];
    const everywhere = [document as ParentNode, ...roots];
    const scan = {
      tags: new Set<string>(),
      planted: 0,
      handlers: [] as string[],
      urls: [] as string[],
      styles: new Set<string>(),
    };
    for (const root of everywhere) scan.planted += root.querySelectorAll('[data-pwn]').length;
    const custom = getComputedStyle(document.documentElement).getPropertyValue('--pa-pwned').trim();
    if (custom) scan.styles.add(custom);
    for (const root of roots) {
      for (const el of all(root)) {
        scan.tags.add(el.localName);
        for (const attr of el.getAttributeNames()) {
          if (attr.startsWith('on')) scan.handlers.push(`${el.localName}[${attr}]`);
          if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'poster'].includes(attr)) {
            scan.urls.push(new URL(el.getAttribute(attr) ?? '', el.baseURI).href);
          }
        }
        const value = getComputedStyle(el).getPropertyValue('--pa-pwned').trim();
        if (value) scan.styles.add(value);
      }
    }
    return {
      tags: [...scan.tags].sort(),
      planted: scan.planted,
      handlers: scan.handlers,
      urls: scan.urls,
      styles: [...scan.styles],
      roots: roots.length,
    };
  }, scope);
}

/** Huawei hosts over https, or this extension's own pages. */
export function allowedUrl(url: string, extensionId: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'chrome-extension:') return u.host === extensionId;
  return u.protocol === 'https:' && (u.hostname === 'huaweicloud.com' || u.hostname.endsWith('.huaweicloud.com'));
}

/** Dialogs (alert/confirm/prompt) opened by any page of the context, dismissed at once. */
export function watchDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  const watch = (page: Page) =>
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return dialogs;
}

/** Records securitypolicyviolation events in every page of the context from its first script on. */
export async function watchCspReports(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      true,
    );
  });
}

export interface Executions {
  pageWorld: string | null;
  /** Null for extension pages (they have no content script world). */
  isolatedWorld: string | null;
  csp: string[];
}

/** Markers set by payloads that ran, and CSP reports; `watching` proves the CSP listener was installed. */
export async function executions(page: Page, extensionId: string | null): Promise<Executions & { watching: boolean }> {
  const page$ = await page.evaluate(() => ({
    marker: window.__pwned ?? null,
    csp: window.__cspViolations ?? null,
  }));
  let isolatedWorld: string | null = null;
  if (extensionId) {
    const world = await contentScriptWorld(page, extensionId);
    isolatedWorld = await world.evaluate<string | null>('globalThis.__pwned ?? null');
    await world.close();
  }
  return { pageWorld: page$.marker, isolatedWorld, csp: page$.csp ?? [], watching: page$.csp !== null };
}
