/**
 * SDK-HMAC-SHA256 request signing (Huawei Cloud AK/SK), WebCrypto only so it runs in the MV3 service worker.
 * Spec: docs bss-api.md §2. The same encoder builds both the canonical request and the URL actually sent,
 * so what we sign is byte-for-byte what the gateway reconstructs.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Query values; arrays become repeated keys. Undefined entries are dropped (never signed as "undefined"). */
export type QueryParams = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

export interface SigningCredentials {
  ak: string;
  sk: string;
  /** STS temporary credentials: sent (and signed) as X-Security-Token. */
  securityToken?: string;
  /** Account id; global services (BSS) need it as X-Domain-Id. */
  domainId?: string;
}

export interface SignInput {
  method: HttpMethod;
  /** Scheme + host (+ port), e.g. "https://bss.myhuaweicloud.com". */
  baseUrl: string;
  /** Raw (not yet encoded) path, e.g. "/v2/partners/sub-customers/query". */
  path: string;
  query?: QueryParams;
  /** Extra headers to send and sign (e.g. X-Language). */
  headers?: Readonly<Record<string, string>>;
  /** Exact body bytes as sent; '' or undefined for none. */
  body?: string;
  /** The signing time (already corrected for clock skew). */
  date: Date;
}

export interface SignedRequest {
  /** Full URL to fetch: encoded path (without the canonical trailing slash) + encoded query. */
  url: string;
  /** Headers to send. Host is signed but not included: browsers set it themselves. */
  headers: Record<string, string>;
  canonicalRequest: string;
  signedHeaders: string;
  signature: string;
}

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
const UNRESERVED = /^[A-Za-z0-9\-_.~]$/;
const utf8 = new TextEncoder();

/** Percent-encode per the SDK table: unreserved kept, every other UTF-8 byte as upper-case %XX. */
export function percentEncode(value: string): string {
  let out = '';
  for (const ch of value) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of utf8.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function encodePath(path: string): string {
  return path.split('/').map(percentEncode).join('/');
}

/** Canonical URI: encoded segments, always ending with "/" (only the canonical form gets the slash). */
export function canonicalUri(path: string): string {
  const encoded = encodePath(path);
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

// Plain UTF-16 code-unit order, like the Node SDK's Array.prototype.sort (and Java's String.compareTo).
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted `name=value` pairs (names sorted, repeated names' values sorted), encoded; also used for the URL. */
export function canonicalQuery(query: QueryParams | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  for (const name of Object.keys(query).sort(byCodeUnit)) {
    const raw = query[name];
    if (raw === undefined) continue;
    const values = Array.isArray(raw) ? [...(raw as readonly string[])].sort(byCodeUnit) : [String(raw)];
    for (const value of values) pairs.push(`${percentEncode(name)}=${percentEncode(value)}`);
  }
  return pairs.join('&');
}

/** X-Sdk-Date format: YYYYMMDDTHHMMSSZ (UTC). */
export function formatSdkDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', utf8.encode(data)));
}

async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', utf8.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(await crypto.subtle.sign('HMAC', cryptoKey, utf8.encode(message)));
}

/** The six-part canonical request (exported for the documented test vector). */
export function buildCanonicalRequest(
  method: string,
  path: string,
  query: QueryParams | undefined,
  headers: Readonly<Record<string, string>>,
  payloadHash: string,
): { canonicalRequest: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    // Fetch strips surrounding whitespace from header values, so sign the trimmed value (as Go does).
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .sort(([a], [b]) => byCodeUnit(a, b));
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  const canonicalRequest = [
    method.toUpperCase(),
    canonicalUri(path),
    canonicalQuery(query),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  return { canonicalRequest, signedHeaders };
}

/** Sign a request. Adds X-Sdk-Date, X-Domain-Id and X-Security-Token before signing (they are signed). */
export async function signRequest(input: SignInput, credentials: SigningCredentials): Promise<SignedRequest> {
  const base = new URL(input.baseUrl);
  const sdkDate = formatSdkDate(input.date);
  const sent: Record<string, string> = { ...input.headers, 'X-Sdk-Date': sdkDate };
  if (credentials.domainId) sent['X-Domain-Id'] = credentials.domainId;
  if (credentials.securityToken) sent['X-Security-Token'] = credentials.securityToken;

  // URL.host omits default ports (443/80), which is what browsers put in the Host header.
  const toSign = { ...sent, host: base.host };
  const payloadHash = await sha256Hex(input.body ?? '');
  const { canonicalRequest, signedHeaders } = buildCanonicalRequest(
    input.method,
    input.path,
    input.query,
    toSign,
    payloadHash,
  );
  const stringToSign = [SIGNING_ALGORITHM, sdkDate, await sha256Hex(canonicalRequest)].join('\n');
  const signature = await hmacSha256Hex(credentials.sk, stringToSign);
  sent.Authorization = `${SIGNING_ALGORITHM} Access=${credentials.ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`;

  const query = canonicalQuery(input.query);
  const url = `${base.origin}${encodePath(input.path)}${query ? `?${query}` : ''}`;
  return { url, headers: sent, canonicalRequest, signedHeaders, signature };
}
