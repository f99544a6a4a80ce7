/**
 * One HTTP attempt: sign with the corrected clock, fetch under a timeout, read a size-capped body, record the
 * server's Date, and hand the body to response.ts. No retries here (client.ts decides those).
 */
import type * as v from 'valibot';
import { claimsJson, readCappedText } from './body';
import { type ServerClock, SKEW_WARN_MS } from './clock';
import { ApiError } from './errors';
import { httpError, malformed, parseSuccess, type ResponseContext } from './response';
import { type HttpMethod, type QueryParams, type SigningCredentials, signRequest } from './signer';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface AttemptRequest<T> {
  operation: string;
  method: HttpMethod;
  baseUrl: string;
  path: string;
  query?: QueryParams;
  headers?: Record<string, string>;
  body?: string;
  schema: v.GenericSchema<unknown, T>;
  allowEmptyBody: boolean;
  /** False for money-moving calls: failures after sending are then "outcome unknown". */
  idempotent: boolean;
}

export interface AttemptEnv {
  fetch: FetchLike;
  now: () => number;
  clock: ServerClock;
  credentials: SigningCredentials;
  timeoutMs: number;
  maxBodyBytes: number;
  signal?: AbortSignal;
}

export interface AttemptOutcome {
  /** When the request was signed, in corrected (server) time. */
  signedAt: number;
  /** The server's time as seen in the response, if it sent a Date header. */
  serverTime?: number;
  retryAfter: string | null;
}

export type AttemptResult<T> = ({ ok: true; value: T } | { ok: false; error: ApiError }) & AttemptOutcome;

function networkError(req: AttemptRequest<unknown>, reason: 'timeout' | 'aborted' | 'network', err: unknown) {
  const text =
    reason === 'timeout' ? 'timed out' : reason === 'aborted' ? 'was cancelled' : 'could not reach the server';
  return new ApiError({
    kind: 'network',
    detail: reason === 'network' ? undefined : reason,
    message: `${req.operation} ${text}`,
    operation: req.operation,
    // We can't know whether the server received and applied it.
    outcomeUnknown: !req.idempotent && reason !== 'aborted',
    retryable: req.idempotent && reason !== 'aborted',
    cause: err,
  });
}

/**
 * The body text (null when over the size cap); a connection cut mid-body (headers already in) is a truncated,
 * i.e. malformed, answer.
 */
async function readBody(
  response: Response,
  req: AttemptRequest<unknown>,
  maxBytes: number,
  timeout: AbortSignal,
  caller: AbortSignal | undefined,
): Promise<string | null> {
  try {
    return await readCappedText(response, maxBytes);
  } catch (err) {
    if (timeout.aborted || caller?.aborted) throw err;
    throw new ApiError({
      kind: 'malformed',
      detail: 'truncated',
      message: `${req.operation}: response body was cut off`,
      httpStatus: response.status,
      requestId: response.headers.get('X-Request-Id') ?? '',
      operation: req.operation,
      outcomeUnknown: !req.idempotent,
      retryable: req.idempotent,
      cause: err,
    });
  }
}

export async function attempt<T>(req: AttemptRequest<T>, env: AttemptEnv): Promise<AttemptResult<T>> {
  const signedAt = env.clock.serverNow();
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...req.headers };
  let signed: Awaited<ReturnType<typeof signRequest>>;
  try {
    const date = new Date(signedAt);
    signed = await signRequest({ ...req, headers, date }, env.credentials);
  } catch (cause) {
    // A bad base URL or unusable key: a configuration problem, nothing was sent.
    const error = new ApiError({
      kind: 'invalid',
      code: 'CLIENT.SIGNING',
      message: `${req.operation} could not be signed`,
      operation: req.operation,
      cause,
    });
    return { ok: false, error, signedAt, retryAfter: null };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), env.timeoutMs);
  const onAbort = () => controller.abort();
  env.signal?.addEventListener('abort', onAbort, { once: true });
  const sentAt = env.now();
  const base = { signedAt, retryAfter: null };
  try {
    const response = await env.fetch(signed.url, {
      method: req.method,
      headers: signed.headers,
      body: req.body === undefined || req.body === '' ? undefined : req.body,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    const text = await readBody(response, req, env.maxBodyBytes, controller.signal, env.signal);
    const serverTime = env.clock.observe(response.headers.get('Date'), sentAt, env.now());
    const ctx: ResponseContext = {
      operation: req.operation,
      status: response.status,
      requestId: response.headers.get('X-Request-Id') ?? '',
      mayHaveApplied: !req.idempotent,
    };
    const outcome = { signedAt, serverTime, retryAfter: response.headers.get('Retry-After') };
    if (text === null) return { ...outcome, ok: false, error: malformed(ctx, 'response body too large') };
    if (response.status < 200 || response.status >= 300) return { ...outcome, ok: false, error: httpError(ctx, text) };
    if (text.trim() !== '' && !claimsJson(response)) {
      return { ...outcome, ok: false, error: malformed(ctx, 'response is not JSON (wrong content-type)') };
    }
    try {
      return { ...outcome, ok: true, value: parseSuccess(ctx, text, req.schema, req.allowEmptyBody) };
    } catch (error) {
      if (error instanceof ApiError) return { ...outcome, ok: false, error };
      throw error;
    }
  } catch (err) {
    if (err instanceof ApiError) return { ...base, ok: false, error: err };
    const reason = env.signal?.aborted ? 'aborted' : controller.signal.aborted ? 'timeout' : 'network';
    return { ...base, ok: false, error: networkError(req, reason, err) };
  } finally {
    clearTimeout(timer);
    env.signal?.removeEventListener('abort', onAbort);
  }
}

/** An auth failure on a request signed more than 5 min away from the server's time is a clock problem. */
export function withSkewDetail(result: AttemptResult<unknown> & { ok: false }): ApiError {
  const { error, serverTime, signedAt } = result;
  if (error.kind !== 'auth' || serverTime === undefined) return error;
  if (error.detail !== 'clock-skew' && Math.abs(serverTime - signedAt) <= SKEW_WARN_MS) return error;
  return new ApiError({
    kind: 'auth',
    detail: 'clock-skew',
    code: error.code,
    httpStatus: error.httpStatus,
    requestId: error.requestId,
    operation: error.operation,
    retryable: true,
    message: `${error.message} (local clock is ${Math.round((serverTime - signedAt) / 60_000)} min off the server)`,
  });
}

/**
 * Re-sign and send once more with the corrected clock? A read: on any clock-skew rejection. A money call: only
 * on the gateway's own 401 APIGW.0301 for a skew-shaped request — the gateway rejected it before the backend,
 * so nothing was applied (security.md §4.3). Never on anything else.
 */
export function mayResign(idempotent: boolean, error: ApiError): boolean {
  if (error.detail !== 'clock-skew') return false;
  return idempotent || (error.httpStatus === 401 && error.code === 'APIGW.0301');
}
