/** Serves the Partner Center stand-in. For now a single static page per site; the console issue grows it. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxSite } from '../hosts';

export function serveConsole(req: IncomingMessage, res: ServerResponse, site: SandboxSite): void {
  const path = new URL(req.url ?? '/', 'https://sandbox').pathname;
  if (path === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page(site));
}

function page(site: SandboxSite): string {
  const lang = site === 'cn' ? 'zh-CN' : 'en';
  const title = site === 'cn' ? '伙伴中心' : 'Partner Center';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="app"><h1>${title}</h1></div></body></html>`;
}
