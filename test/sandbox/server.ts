/**
 * The sandbox: one HTTPS port that stands in for every Huawei host the extension touches, routed by
 * the Host header (browsers reach it through --host-resolver-rules). The BSS API and the Partner
 * Center pages plug in as handlers.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCert } from './cert';
import { serveConsole } from './console/serve';
import { ALL_HOSTS, roleOfHost } from './hosts';

export interface SandboxOptions {
  port?: number;
  seed?: number;
  customers?: number;
}

export interface SandboxAccount {
  site: 'cn' | 'intl';
  ak: string;
  sk: string;
  domainId: string;
}

export interface SandboxInfo {
  port: number;
  hosts: string[];
  accounts: SandboxAccount[];
}

export interface Sandbox {
  info: SandboxInfo;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { key, cert } = makeCert(ALL_HOSTS);
  const server = createHttpsServer({ key, cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'SANDBOX.500', error_msg: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    info: { port, hosts: [...ALL_HOSTS], accounts: [] },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const role = roleOfHost(req.headers.host);
  if (role?.kind === 'console') return serveConsole(req, res, role.site);
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published' }));
}
