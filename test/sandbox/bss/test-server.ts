/**
 * Plain-HTTP server on 127.0.0.1 for Node unit tests: serves ONE site whatever the Host header says;
 * `/v3/auth/domains` goes to the IAM handler, everything else to BSS. Signatures are checked against the
 * Host header actually received (e.g. "127.0.0.1:54321").
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BssSandbox, type BssSandboxOptions, createBssSandbox } from './sandbox';
import type { Site } from './types';

export interface BssTestServer {
  baseUrl: string;
  iamBaseUrl: string;
  sandbox: BssSandbox;
  close(): Promise<void>;
}

export async function startBssTestServer(opts: BssSandboxOptions & { site: Site }): Promise<BssTestServer> {
  const sandbox = createBssSandbox(opts);
  const server = createServer((req, res) => {
    const kind = (req.url ?? '').split('?')[0] === '/v3/auth/domains' ? 'iam' : 'bss';
    sandbox.handle(req, res, opts.site, kind).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'SANDBOX.500', error_msg: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    iamBaseUrl: baseUrl,
    sandbox,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
