/**
 * Test-side client for the BSS sandbox with its own small SDK-HMAC-SHA256 signer (bss-api.md §2), written
 * independently from both the sandbox's verifier and the extension's signer.
 */
import { createHash, createHmac } from 'node:crypto';
import type { SandboxAccount } from '../../sandbox/bss/index';

/** RFC 3986 unreserved set kept, every other UTF-8 byte as upper-case %XX. */
export function enc(s: string): string {
  return Array.from(new TextEncoder().encode(s))
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export function sdkDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export interface SignInput {
  method: string;
  /** Unencoded path, e.g. "/v2/partners/sub-customers/query". */
  path: string;
  query?: [string, string][];
  headers: Record<string, string>;
  body: string;
  ak: string;
  sk: string;
}

/** Returns the encoded path+query to send and the Authorization header value. */
export function sign(input: SignInput): { pathAndQuery: string; authorization: string; canonical: string } {
  const segments = input.path.split('/').map(enc).join('/');
  const canonicalUri = segments.endsWith('/') ? segments : `${segments}/`;
  const pairs = (input.query ?? []).map(([k, v]) => [enc(k), enc(v)] as const);
  const sorted = [...(input.query ?? [])]
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
  const names = Object.keys(input.headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${lower[n]}\n`).join('');
  const canonical = [
    input.method,
    canonicalUri,
    sorted,
    canonicalHeaders,
    names.join(';'),
    createHash('sha256').update(input.body).digest('hex'),
  ].join('\n');
  const date = lower['x-sdk-date'] ?? '';
  const toSign = `SDK-HMAC-SHA256\n${date}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const signature = createHmac('sha256', input.sk).update(toSign).digest('hex');
  const query = pairs.map(([k, v]) => `${k}=${v}`).join('&');
  return {
    pathAndQuery: query ? `${segments}?${query}` : segments,
    authorization: `SDK-HMAC-SHA256 Access=${input.ak}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
    canonical,
  };
}

export interface CallOptions {
  query?: [string, string][];
  body?: unknown;
  /** Client clock for X-Sdk-Date; default now. */
  time?: number;
  /** Extra headers (signed). Set a header to null to leave it out (e.g. X-Domain-Id). */
  headers?: Record<string, string | null>;
  /** Changes the body after signing. */
  tamper?: boolean;
  signal?: AbortSignal;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

/** Signs and sends one request; the Host header fetch sends is the baseUrl's host:port, which is what gets signed. */
export async function call(
  baseUrl: string,
  account: SandboxAccount,
  method: 'GET' | 'POST',
  path: string,
  opts: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(baseUrl);
  const body = opts.body === undefined ? '' : JSON.stringify(opts.body);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Host: url.host,
    'X-Sdk-Date': sdkDate(opts.time ?? Date.now()),
    'X-Domain-Id': account.domainId,
  };
  if (account.securityToken) headers['X-Security-Token'] = account.securityToken;
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === null) delete headers[k];
    else headers[k] = v;
  }
  const signed = sign({ method, path, query: opts.query, headers, body, ak: account.ak, sk: account.sk });
  const { Host: _host, ...sendHeaders } = headers;
  const res = await fetch(`${baseUrl}${signed.pathAndQuery}`, {
    method,
    headers: { ...sendHeaders, Authorization: signed.authorization },
    body: method === 'POST' ? (opts.tamper ? `${body} ` : body) : undefined,
    signal: opts.signal,
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    // Malformed bodies are part of the fault tests; callers look at text.
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** Plain control-plane request (no signature). */
export async function control(baseUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

export function arr(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}
