/**
 * The SDK-HMAC-SHA256 canonical request (bss-api.md §2), rebuilt on the server side from what was received.
 * Independent of the extension's signer on purpose: the sandbox is the referee.
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encodes every UTF-8 byte outside A–Z a–z 0–9 - _ . ~ with upper-case hex. */
export function sdkEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Decodes %XX sequences only ('+' stays a plus, as the SDK encoders never produce it for a space). */
export function percentDecode(text: string): string {
  return decodeURIComponent(text);
}

/** Each path segment decoded, re-encoded with the SDK table, and a trailing slash appended. */
export function canonicalUri(rawPath: string): string {
  const joined = rawPath
    .split('/')
    .map((seg) => sdkEncode(percentDecode(seg)))
    .join('/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}

/** Parses a raw query string into name → values (order of arrival kept). */
export function parseQuery(rawQuery: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!rawQuery) return out;
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = percentDecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : percentDecode(part.slice(eq + 1));
    const values = out[name] ?? [];
    values.push(value);
    out[name] = values;
  }
  return out;
}

/** Sorted by name (plain code-unit order), repeated names with sorted values, `name=value` joined by '&'. */
export function canonicalQuery(query: Record<string, string[]>): string {
  const parts: string[] = [];
  for (const name of Object.keys(query).sort()) {
    for (const value of [...(query[name] ?? [])].sort()) parts.push(`${sdkEncode(name)}=${sdkEncode(value)}`);
  }
  return parts.join('&');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const v = headers[name];
  if (Array.isArray(v)) return v.join(',');
  return (v ?? '').trim();
}

export interface CanonicalInput {
  method: string;
  rawPath: string;
  query: Record<string, string[]>;
  headers: IncomingHttpHeaders;
  /** Lower-case names in the order the Authorization header lists them (which a correct client sorted). */
  signedHeaders: readonly string[];
  body: Buffer;
}

export function canonicalRequest(input: CanonicalInput): string {
  const canonicalHeaders = input.signedHeaders.map((h) => `${h}:${headerValue(input.headers, h)}\n`).join('');
  return [
    input.method.toUpperCase(),
    canonicalUri(input.rawPath),
    canonicalQuery(input.query),
    canonicalHeaders,
    input.signedHeaders.join(';'),
    createHash('sha256').update(input.body).digest('hex'),
  ].join('\n');
}

export function signatureOf(sk: string, sdkDate: string, canonical: string): string {
  const stringToSign = `SDK-HMAC-SHA256\n${sdkDate}\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', Buffer.from(sk, 'utf8')).update(stringToSign).digest('hex');
}
