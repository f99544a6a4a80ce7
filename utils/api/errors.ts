/**
 * The one error type every API failure becomes. Messages are built from server error codes/texts and our own
 * wording only — never from request headers — and pass through `redactSecrets` so credentials cannot leak
 * into logs, `cause`, or the UI.
 */

export type ApiErrorKind =
  | 'auth'
  | 'permission'
  | 'throttled'
  | 'not-found'
  | 'invalid'
  | 'conflict'
  | 'server'
  | 'network'
  | 'malformed'
  /** Refused before sending: the host's circuit breaker is open after repeated failures (breaker.ts). */
  | 'unavailable';

/** Finer reason for a few codes the UI words specially. */
export type ApiErrorDetail =
  | 'insufficient-balance'
  | 'not-associated'
  | 'not-reseller'
  | 'wrong-site'
  | 'not-a-partner'
  | 'clock-skew'
  | 'timeout'
  | 'task-in-progress'
  | 'aborted'
  | 'truncated';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  code?: string;
  httpStatus?: number;
  requestId?: string;
  /** Safe to send again as-is (a read, or a money call the server definitely did not apply). */
  retryable?: boolean;
  /** A money call that may have been applied (timeout, 5xx, bad answer after sending): reconcile, never resend. */
  outcomeUnknown?: boolean;
  detail?: ApiErrorDetail;
  operation?: string;
  /** For 'unavailable': when the host accepts requests again (ms since the epoch). */
  retryAt?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly code: string;
  readonly httpStatus: number;
  readonly requestId: string;
  readonly retryable: boolean;
  readonly outcomeUnknown: boolean;
  readonly detail: ApiErrorDetail | undefined;
  readonly operation: string;
  readonly retryAt: number | undefined;

  constructor(init: ApiErrorInit) {
    // Only a sanitised summary of the cause is kept (an Error's message), never arbitrary objects.
    const cause = init.cause instanceof Error ? new Error(redactSecrets(init.cause.message)) : undefined;
    super(redactSecrets(init.message), cause ? { cause } : undefined);
    this.kind = init.kind;
    this.code = init.code ?? '';
    this.httpStatus = init.httpStatus ?? 0;
    this.requestId = init.requestId ?? '';
    this.retryable = init.retryable ?? false;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.detail = init.detail;
    this.operation = init.operation ?? '';
    this.retryAt = init.retryAt;
  }

  /** Plain data for messaging to the UI (Errors don't survive structured cloning with their fields). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      code: this.code,
      httpStatus: this.httpStatus,
      requestId: this.requestId,
      retryable: this.retryable,
      outcomeUnknown: this.outcomeUnknown,
      detail: this.detail,
      operation: this.operation,
      retryAt: this.retryAt,
      message: this.message,
    };
  }
}

/** The fail-fast answer while a host's breaker is open: nothing was sent, so it is a definite non-event. */
export function unavailableError(operation: string, host: string, retryAt: number, cause?: ApiError): ApiError {
  const last = cause ? `; last failure: ${cause.message}` : '';
  return new ApiError({
    kind: 'unavailable',
    code: 'CLIENT.CIRCUIT_OPEN',
    message: `Huawei Cloud API unavailable (${host}), retrying after ${new Date(retryAt).toISOString()}${last}`,
    operation,
    retryable: true,
    outcomeUnknown: false,
    retryAt,
  });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const SECRET_PATTERNS: readonly RegExp[] = [
  /(SDK-HMAC-SHA256\s+)?Access=[^\s,]+/gi,
  /Signature=[0-9a-f]+/gi,
  /(X-Security-Token|securityToken|X-Auth-Token)["'\s:=]+[^\s,"']+/gi,
  /\b(sk|ak)["'\s:=]+[^\s,"']+/gi,
];

const registeredSecrets = new Set<string>();

/** Tell the redactor about live credential values so they are scrubbed verbatim from any text. */
export function registerSecrets(...values: (string | undefined)[]): void {
  for (const v of values) if (v && v.length >= 6) registeredSecrets.add(v);
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of registeredSecrets) out = out.split(secret).join('[redacted]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out.length > 500 ? `${out.slice(0, 500)}…` : out;
}

interface CodeRule {
  kind: ApiErrorKind;
  detail?: ApiErrorDetail;
}

/** Huawei codes (bss-api.md §3) that decide the kind regardless of the HTTP status they come with. */
const CODE_TABLE: Readonly<Record<string, CodeRule>> = {
  'APIGW.0301': { kind: 'auth' },
  'APIGW.0303': { kind: 'auth', detail: 'clock-skew' },
  'CBC.0105': { kind: 'auth' },
  'CBC.0154': { kind: 'auth' },
  'APIGW.0101': { kind: 'not-found', detail: 'wrong-site' },
  'CBC.0150': { kind: 'permission' },
  'CBC.0151': { kind: 'permission' },
  'CBC.0155': { kind: 'permission' },
  'CBC.0156': { kind: 'permission', detail: 'wrong-site' },
  'CBC.5001': { kind: 'permission', detail: 'not-a-partner' },
  'CBC.99000000': { kind: 'permission' },
  'CBC.99000037': { kind: 'permission' },
  'CBC.0250': { kind: 'throttled' },
  'APIGW.0308': { kind: 'throttled' },
  'CBC.99007197': { kind: 'throttled' },
  'CBC.99007461': { kind: 'conflict', detail: 'task-in-progress' },
  'CBC.99005003': { kind: 'invalid', detail: 'insufficient-balance' },
  'CBC.5003': { kind: 'invalid', detail: 'insufficient-balance' },
  'CBC.99000035': { kind: 'invalid', detail: 'not-associated' },
  // Money moves on a referral (顾问销售) customer.
  'CBC.5021': { kind: 'invalid', detail: 'not-reseller' },
  'CBC.5002': { kind: 'not-found' },
  'CBC.99003012': { kind: 'not-found' },
  'CBC.0100': { kind: 'invalid' },
  'CBC.0101': { kind: 'invalid' },
  'CBC.0999': { kind: 'server' },
};

function kindFromStatus(status: number): ApiErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'invalid';
}

/** Classify an HTTP error (or an error body inside a 200) by code first, then by status. */
export function classify(status: number, code: string): CodeRule {
  return CODE_TABLE[code] ?? { kind: kindFromStatus(status) };
}
