/**
 * Control plane for tests in other processes: `/__sandbox/*` on any BSS/IAM host, no signature.
 *   GET  /__sandbox/info                      accounts, seed, customer count
 *   GET  /__sandbox/requests[?since=N&operation=X]   recorded requests (since = index into the log)
 *   GET  /__sandbox/ledger                    money ledger
 *   GET  /__sandbox/state?customer_id=…[&site=cn|intl]   one customer's current state
 *   POST /__sandbox/faults   FaultConfig      replaces the fault configuration ({} clears it)
 *   POST /__sandbox/reset                     clears log/ledger/faults, regenerates data
 *   POST /__sandbox/clock    {"offsetMs": n}  server clock offset
 *   POST /__sandbox/rate     {"perSecond": n} throttle rate (≤ 0 = off)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseQuery } from './canonical';
import { parseFaultConfig } from './faults';
import { customerState } from './inspect';
import type { BssSandbox } from './sandbox';
import type { Site } from './types';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', date: new Date().toUTCString() });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function numberField(body: unknown, name: string): number | null {
  if (typeof body !== 'object' || body === null) return null;
  const v = (body as Record<string, unknown>)[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export async function handleControl(
  sb: BssSandbox,
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  rawPath: string,
  rawQuery: string,
): Promise<void> {
  const query = parseQuery(rawQuery);
  const first = (name: string) => query[name]?.[0];
  const route = `${req.method ?? 'GET'} ${rawPath}`;
  if (route === 'GET /__sandbox/info') {
    return send(res, 200, {
      site,
      seed: sb.dataset.seed,
      customersPerSite: sb.dataset.customersPerSite,
      accounts: sb.accounts,
      temporaryAccounts: sb.temporaryAccounts,
      serverTime: sb.now(),
    });
  }
  if (route === 'GET /__sandbox/requests') {
    const since = Number(first('since') ?? 0) || 0;
    const op = first('operation');
    return send(
      res,
      200,
      sb.requests.slice(since).filter((r) => !op || r.operation === op),
    );
  }
  if (route === 'GET /__sandbox/ledger') return send(res, 200, sb.ledger);
  if (route === 'GET /__sandbox/state') {
    const id = first('customer_id') ?? '';
    const which = first('site');
    const state = customerState(sb.dataset, id, which === 'cn' || which === 'intl' ? which : undefined);
    return state ? send(res, 200, state) : send(res, 404, { error: `no customer ${id}` });
  }
  if (req.method !== 'POST') return send(res, 404, { error: `unknown control route ${route}` });
  const body = await readJson(req);
  if (body === undefined) return send(res, 400, { error: 'body is not JSON' });
  if (rawPath === '/__sandbox/faults') {
    const config = parseFaultConfig(body);
    if (typeof config === 'string') return send(res, 400, { error: config });
    sb.setFaults(config);
    return send(res, 200, { ok: true });
  }
  if (rawPath === '/__sandbox/reset') {
    sb.reset();
    return send(res, 200, { ok: true });
  }
  if (rawPath === '/__sandbox/clock') {
    const offset = numberField(body, 'offsetMs');
    if (offset === null) return send(res, 400, { error: 'expected {"offsetMs": number}' });
    sb.setClockOffset(offset);
    return send(res, 200, { ok: true, serverTime: sb.now() });
  }
  if (rawPath === '/__sandbox/rate') {
    const rate = numberField(body, 'perSecond');
    if (rate === null) return send(res, 400, { error: 'expected {"perSecond": number}' });
    sb.setRateLimit(rate);
    return send(res, 200, { ok: true });
  }
  return send(res, 404, { error: `unknown control route ${route}` });
}
