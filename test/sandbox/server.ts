/**
 * The sandbox: one HTTPS port that stands in for every Huawei host the extension touches, routed by
 * the Host header (browsers reach it through --host-resolver-rules). The BSS API and the Partner
 * Center pages plug in as handlers.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type BssSandbox, createBssSandbox } from './bss/index';
import type { SandboxAccount } from './bss/types';
import { makeCert } from './cert';
import { type ConsoleOptions, serveConsole } from './console/serve';
import { ALL_HOSTS, roleOfHost } from './hosts';
import { startConnectProxy } from './proxy';

export interface SandboxOptions {
  port?: number;
  seed?: number;
  customers?: number;
  /** Issued coupons on the China site (exactly); default about 0.45 per customer. */
  coupons?: number;
  rateLimitPerSecond?: number;
  /** Hostile strings served as the first customers' names, account names and labels (security G10). */
  hostileNames?: readonly string[];
  /**
   * Console pages carry `Content-Security-Policy-Report-Only: script-src 'self'`: nothing is blocked, but any
   * inline script, event-handler attribute or javascript: URL that runs raises a securitypolicyviolation event.
   */
  reportInlineScripts?: boolean;
}

export type { SandboxAccount };

export interface SandboxInfo {
  port: number;
  /** An HTTP CONNECT proxy into the same server, for browsers without host-resolver rules (Firefox). */
  proxyPort: number;
  hosts: string[];
  accounts: SandboxAccount[];
}

export interface Sandbox {
  info: SandboxInfo;
  /** In-process access to the BSS stand-in (request log, ledger, faults, dataset). */
  bss: BssSandbox;
  close(): Promise<void>;
}

/** The sandbox's permanent (not STS) account of `site`: what a partner enters in the options page. */
export function permanentAccount(info: SandboxInfo, site: 'cn' | 'intl' = 'cn'): SandboxAccount {
  const account = info.accounts.find((a) => a.site === site && !a.securityToken);
  if (!account) throw new Error(`the sandbox has no permanent ${site} account`);
  return account;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { key, cert } = makeCert(ALL_HOSTS);
  const bss = createBssSandbox({
    seed: options.seed,
    customers: options.customers,
    coupons: options.coupons,
    rateLimitPerSecond: options.rateLimitPerSecond,
    hostileNames: options.hostileNames,
  });
  const consoleOptions = { reportInlineScripts: options.reportInlineScripts ?? false };
  const server = createHttpsServer({ key, cert }, (req, res) => {
    handle(bss, consoleOptions, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'SANDBOX.500', error_msg: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const proxy = await startConnectProxy(server);
  return {
    info: {
      port,
      proxyPort: proxy.port,
      hosts: [...ALL_HOSTS],
      // Permanent credentials first; then the temporary (STS) ones, which carry securityToken.
      accounts: [bss.accounts.cn, bss.accounts.intl, bss.temporaryAccounts.cn, bss.temporaryAccounts.intl],
    },
    bss,
    close: async () => {
      await proxy.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

async function handle(
  bss: BssSandbox,
  consoleOptions: ConsoleOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const role = roleOfHost(req.headers.host);
  if (role?.kind === 'console') return serveConsole(req, res, role.site, () => bss.dataset, consoleOptions);
  if (role) return bss.handle(req, res, role.site, role.kind);
  // The control plane also answers on the bare address (https://127.0.0.1:<port>/__sandbox/...).
  if ((req.url ?? '').startsWith('/__sandbox/')) return bss.handle(req, res, 'cn', 'bss');
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published' }));
}
