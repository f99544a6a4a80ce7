/** Writes a response, or mangles/withholds it as a fault rule says. */
import type { ServerResponse } from 'node:http';
import type { FaultRule } from './faults';

export interface Outcome {
  status: number;
  /** undefined → empty body. */
  body: unknown;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Numbers become strings, numeric strings numbers, other strings 42, booleans strings: a schema's worst day. */
export function scramble(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value !== '' && Number.isFinite(Number(value)) ? Number(value) : 42;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(scramble);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v)]));
  }
  return value;
}

/** Keys that carry money in BSS answers (amount, debt_amount, balance, face_value, budget_amount, …). */
const AMOUNT_KEY = /amount|balance|face_value|quota$/;

/** Every amount-like number or numeric string replaced by `to(value)`; other fields untouched. */
export function mapAmounts(value: unknown, to: (n: number) => unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => mapAmounts(v, to, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapAmounts(v, to, k)]));
  }
  const numeric = typeof value === 'number' || (typeof value === 'string' && value !== '' && Number.isFinite(+value));
  return numeric && AMOUNT_KEY.test(key) ? to(Number(value)) : value;
}

function transformed(body: unknown, kind: FaultRule['kind'] | undefined): unknown {
  if (kind === 'wrong-types') return scramble(body);
  if (kind === 'nan-amounts') return mapAmounts(body, () => 'NaN');
  if (kind === 'negative-amounts') return mapAmounts(body, (n) => -Math.abs(n) - 1);
  return body;
}

function bodyText(body: unknown): string {
  return body === undefined ? '' : JSON.stringify(body);
}

/** Holds the connection open for `ms` (or until the client gives up), then drops it without a response. */
export function hang(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    timer.unref();
    res.once('close', done);
    function done() {
      clearTimeout(timer);
      res.socket?.destroy();
      resolve();
    }
  });
}

export function reset(res: ServerResponse): void {
  res.socket?.destroy();
}

/**
 * Sends `outcome`, transformed by an after-phase body fault if given. Returns the status the client saw
 * (0 when it got no complete response).
 */
export async function deliver(
  res: ServerResponse,
  outcome: Outcome,
  headers: Record<string, string>,
  fault: FaultRule | null,
): Promise<number> {
  const kind = fault?.kind;
  let text = bodyText(transformed(outcome.body, kind));
  if (kind === 'malformed-json') text = `${text.slice(0, Math.max(1, Math.floor(text.length * 0.6)))},"\u0000:}{`;
  // Valid JSON followed by whitespace: it parses, but only for a client that reads all of it.
  if (kind === 'huge-body') text = text.padEnd(fault?.bytes ?? 10 * 1024 * 1024, ' ');
  const bytes = Buffer.from(text, 'utf8');
  const type = kind === 'wrong-content-type' ? (fault?.contentType ?? 'text/html; charset=utf-8') : JSON_TYPE;
  const head = { ...headers, 'content-type': type, 'content-length': String(bytes.length) };
  if (kind === 'truncated') {
    res.writeHead(outcome.status, head);
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await sleep(20);
    reset(res);
    return 0;
  }
  if (kind === 'slow-body') {
    res.writeHead(outcome.status, head);
    res.flushHeaders();
    const chunks = Math.max(1, Math.min(20, bytes.length));
    const size = Math.ceil(bytes.length / chunks);
    const pause = (fault?.delayMs ?? 5000) / chunks;
    for (let i = 0; i < bytes.length; i += size) {
      if (res.destroyed) return 0;
      res.write(bytes.subarray(i, i + size));
      await sleep(pause);
    }
    res.end();
    return outcome.status;
  }
  res.writeHead(outcome.status, head);
  res.end(bytes);
  return outcome.status;
}

/** Error and raw faults (both phases): a complete response chosen by the rule. */
export function deliverRaw(
  res: ServerResponse,
  rule: FaultRule,
  headers: Record<string, string>,
  requestId: string,
): number {
  const status = rule.status ?? (rule.kind === 'raw' ? 200 : 503);
  const extra: Record<string, string> = {};
  if (rule.retryAfter !== undefined) extra['retry-after'] = String(rule.retryAfter);
  if (rule.kind === 'raw') {
    const body =
      rule.body ?? '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
    res.writeHead(status, { ...headers, ...extra, 'content-type': rule.contentType ?? 'text/html' });
    res.end(body);
    return status;
  }
  const code = rule.errorCode ?? (status >= 500 ? 'CBC.0999' : status === 429 ? 'CBC.0250' : 'CBC.0100');
  const body = JSON.stringify({
    error_code: code,
    error_msg: rule.errorMsg ?? `Injected fault (HTTP ${status})`,
    ...(code.startsWith('APIGW.') ? { request_id: requestId } : {}),
  });
  res.writeHead(status, { ...headers, ...extra, 'content-type': JSON_TYPE });
  res.end(body);
  return status;
}
