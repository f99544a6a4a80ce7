/** Gateway-style authentication of a BSS/IAM request: AK lookup, token, clock window, signature, domain header. */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { canonicalRequest, signatureOf } from './canonical';
import { errors } from './errors';
import type { SandboxAccount } from './types';

export const MAX_SKEW_MS = 15 * 60_000;

const AUTH_RE = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/;

export interface AuthInput {
  method: string;
  rawPath: string;
  query: Record<string, string[]>;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Server time, ms. */
  now: number;
  accounts: readonly SandboxAccount[];
  /** BSS is a global service: X-Domain-Id is required and must name the AK's account. */
  requireDomain: boolean;
}

/** `YYYYMMDDTHHMMSSZ` → ms, or null when malformed. */
export function parseSdkDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(ms) ? null : ms;
}

export function formatSdkDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Returns the authenticated account or throws the gateway's error. */
export function authenticate(input: AuthInput): SandboxAccount {
  const m = AUTH_RE.exec(single(input.headers, 'authorization') ?? '');
  if (!m) throw errors.auth('missing or malformed Authorization header');
  const [, ak = '', signedList = '', signature = ''] = m;
  const account = input.accounts.find((a) => a.ak === ak);
  if (!account) throw errors.auth('the access key does not exist');

  const signedHeaders = signedList.split(';');
  if (signedHeaders.some((h) => h !== h.toLowerCase() || h === '')) throw errors.auth('malformed SignedHeaders');
  if (!signedHeaders.includes('x-sdk-date')) throw errors.auth('X-Sdk-Date must be signed');

  const sdkDate = single(input.headers, 'x-sdk-date') ?? '';
  const sent = parseSdkDate(sdkDate);
  if (sent === null) throw errors.auth(`X-Sdk-Date "${sdkDate}" is not in the format YYYYMMDDTHHMMSSZ`);
  if (Math.abs(sent - input.now) > MAX_SKEW_MS) {
    throw errors.auth(
      `the request time ${sdkDate} differs from the server time ${formatSdkDate(input.now)} by more than 15 minutes`,
    );
  }

  if (account.securityToken !== undefined) {
    if (single(input.headers, 'x-security-token') !== account.securityToken) {
      throw errors.auth('temporary credentials need a valid X-Security-Token');
    }
    if (!signedHeaders.includes('x-security-token')) throw errors.auth('X-Security-Token must be signed');
  }

  const expected = signatureOf(account.sk, sdkDate, canonicalRequest({ ...input, signedHeaders }));
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw errors.auth('the signature does not match');
  }

  if (input.requireDomain) {
    const domainId = single(input.headers, 'x-domain-id');
    if (!domainId) throw errors.auth('X-Domain-Id is required for global services with AK/SK authentication');
    if (domainId !== account.domainId) throw errors.domainMismatch();
  }
  return account;
}
