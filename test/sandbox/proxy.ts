/**
 * An HTTP CONNECT proxy that hands every tunnel to the sandbox's own HTTPS server. Firefox has no
 * --host-resolver-rules, so tests point its proxy prefs here instead: the browser still asks for the
 * real host names on port 443, and the sandbox answers for all of them.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export async function startConnectProxy(target: HttpsServer): Promise<{ port: number; close(): Promise<void> }> {
  const proxy: HttpServer = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('CONNECT only');
  });
  const tunnels = new Set<Socket>();
  proxy.on('connect', (_req, socket: Socket, head: Buffer) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    target.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
