/**
 * Serves the Partner Center stand-in (account hosts, /obmgr/) and the console a partner lands on after
 * "order on behalf" (console hosts). Pages are a small vanilla-JS SPA (spa/*.js) that fetches JSON views of
 * the BSS sandbox's dataset from /obmgr/__data/*, so page and API agree.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Dataset } from '../bss/types';
import type { SandboxSite } from '../hosts';
import { customerView, listCoupons, listCustomers, listOrders, parseListQuery } from './data';
import { incentiveDetails } from './incentives';
import { listPackages } from './packages';

const SPA_DIR = join(import.meta.dirname, 'spa');
const ROLE_COOKIE = 'sbx_acting_as';

export interface ConsoleOptions {
  /** Send a report-only CSP (script-src 'self') with the pages, so inline script that runs is reported. */
  reportInlineScripts?: boolean;
}

/** `getDataset` returns the BSS sandbox's live dataset (it can be reset), so page and API always agree. */
export function serveConsole(
  req: IncomingMessage,
  res: ServerResponse,
  site: SandboxSite,
  getDataset: () => Dataset,
  options: ConsoleOptions = {},
): void {
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'sandbox'}`);
  const path = url.pathname;
  if (path === '/favicon.ico') {
    send(res, 204, '', 'text/plain');
    return;
  }
  const asset = /\/__static\/([a-z-]+\.js)$/.exec(path)?.[1];
  if (asset) {
    send(res, 200, readFileSync(join(SPA_DIR, asset), 'utf8'), 'text/javascript; charset=utf-8');
    return;
  }
  const api = /\/__data\/([a-z-]+)$/.exec(path)?.[1];
  if (api) {
    dataRoute(api, url, req, res, site, getDataset());
    return;
  }
  const app = url.hostname.startsWith('console') ? 'console' : 'obmgr';
  const csp: Record<string, string> = options.reportInlineScripts
    ? { 'content-security-policy-report-only': "script-src 'self'" }
    : {};
  send(res, 200, shell(site, url, app), HTML, csp);
}

const HTML = 'text/html; charset=utf-8';

function dataRoute(
  name: string,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  site: SandboxSite,
  dataset: Dataset,
): void {
  const data = dataset.sites[site];
  const q = url.searchParams;
  const page = () => parseListQuery(q);
  if (name === 'customers') {
    json(res, listCustomers(data, page()));
    return;
  }
  if (name === 'customer') {
    const c = data.byId.get(q.get('id') ?? '');
    json(res, c ? customerView(data, c) : { error: 'not found' }, c ? 200 : 404);
    return;
  }
  if (name === 'coupons') {
    json(res, listCoupons(data, page().offset, page().limit));
    return;
  }
  if (name === 'orders') {
    json(res, listOrders(data, page().offset, page().limit));
    return;
  }
  if (name === 'incentive-details') {
    json(res, { rows: incentiveDetails(data, dataset.now) });
    return;
  }
  if (name === 'packages') {
    json(res, { rows: listPackages(dataset.now) });
    return;
  }
  if (name === 'whoami') {
    const id = cookie(req, ROLE_COOKIE);
    const c = id ? data.byId.get(id) : undefined;
    json(res, c ? { actingAs: customerView(data, c) } : { actingAs: null, partner: data.partnerAccountName });
    return;
  }
  if (name === 'assume') {
    // "Switch role" to the customer: the real console swaps the session; here a cookie on the parent domain.
    const c = data.byId.get(q.get('customerId') ?? '');
    if (!c) {
      json(res, { error: 'not found' }, 404);
      return;
    }
    const consoleHost = site === 'cn' ? 'console.huaweicloud.com' : 'console-intl.huaweicloud.com';
    redirect(res, `https://${consoleHost}/console/?locale=${q.get('locale') ?? ''}#/home`, [
      `${ROLE_COOKIE}=${c.customerId}; Domain=huaweicloud.com; Path=/; Secure; SameSite=Lax`,
    ]);
    return;
  }
  if (name === 'switch-back') {
    const accountHost = site === 'cn' ? 'account.huaweicloud.com' : 'account-intl.huaweicloud.com';
    redirect(res, `https://${accountHost}/obmgr/?locale=${q.get('locale') ?? ''}#/obmgr/customer/list`, [
      `${ROLE_COOKIE}=; Domain=huaweicloud.com; Path=/; Secure; SameSite=Lax; Max-Age=0`,
    ]);
    return;
  }
  json(res, { error: 'unknown data route' }, 404);
}

function shell(site: SandboxSite, url: URL, app: 'obmgr' | 'console'): string {
  const locale = url.searchParams.get('locale') || (site === 'cn' ? 'zh-cn' : 'en-us');
  const lang = locale === 'en-us' ? 'en' : 'zh-CN';
  const title =
    app === 'console' ? (lang === 'en' ? 'Console' : '控制台') : lang === 'en' ? 'Partner Center' : '伙伴中心';
  const base = app === 'console' ? '/console' : '/obmgr';
  // Boot data as a JSON attribute read with JSON.parse: never markup built from data.
  const boot = JSON.stringify({ site, locale, app }).replace(/"/g, '&quot;');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"></head>
<body><div id="app" data-boot="${boot}"></div>
<script type="module" src="${base}/__static/${app === 'console' ? 'console' : 'app'}.js"></script></body></html>`;
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === name && v) return v;
  }
  return null;
}

function json(res: ServerResponse, body: unknown, status = 200): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function redirect(res: ServerResponse, location: string, cookies: string[]): void {
  res.writeHead(302, { location, 'set-cookie': cookies, 'cache-control': 'no-store' });
  res.end();
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}
