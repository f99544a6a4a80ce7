/**
 * Turning an HTTP response into either validated data or an ApiError. Bodies are untrusted: size-capped,
 * parsed in a try, validated with valibot; nothing half-parsed ever leaves this module.
 */
import * as v from 'valibot';
import { ApiError, type ApiErrorInit, classify } from './errors';

export interface ResponseContext {
  operation: string;
  status: number;
  requestId: string;
  /** Whether a failure here may mean a money call was applied anyway. */
  mayHaveApplied: boolean;
}

const ErrorBody = v.looseObject({
  error_code: v.optional(v.unknown()),
  error_msg: v.optional(v.unknown()),
  code: v.optional(v.unknown()),
  message: v.optional(v.unknown()),
});

function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The Huawei error code/message in a body, if it has one (error_code/error_msg, fallback code/message). */
export function readErrorBody(value: unknown): { code: string; message: string } | undefined {
  const parsed = v.safeParse(ErrorBody, value);
  if (!parsed.success) return undefined;
  const code = asText(parsed.output.error_code) || asText(parsed.output.code);
  const message = asText(parsed.output.error_msg) || asText(parsed.output.message);
  return code ? { code, message } : undefined;
}

export function malformed(ctx: ResponseContext, message: string, extra: Partial<ApiErrorInit> = {}): ApiError {
  return new ApiError({
    kind: 'malformed',
    message: `${ctx.operation}: ${message}`,
    httpStatus: ctx.status,
    requestId: ctx.requestId,
    operation: ctx.operation,
    outcomeUnknown: ctx.mayHaveApplied,
    ...extra,
  });
}

/** An error response (HTTP ≥ 400, or an error body inside a 2xx). */
export function httpError(ctx: ResponseContext, text: string): ApiError {
  const parsed = tryParseJson(text);
  const body = parsed.ok ? readErrorBody(parsed.value) : undefined;
  const code = body?.code ?? '';
  const rule = classify(ctx.status, code);
  // 5xx after sending: the backend may have done the work. 4xx/429 are definite rejections.
  const unknown = ctx.mayHaveApplied && rule.kind === 'server';
  return new ApiError({
    kind: rule.kind,
    detail: rule.detail,
    code,
    httpStatus: ctx.status,
    requestId: ctx.requestId,
    operation: ctx.operation,
    message: `${ctx.operation} failed (HTTP ${ctx.status}${code ? `, ${code}` : ''})${body?.message ? `: ${body.message}` : ''}`,
    outcomeUnknown: unknown,
    retryable: !unknown && ['throttled', 'server', 'conflict'].includes(rule.kind),
  });
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
      return `${path}: expected ${issue.expected ?? 'valid value'}`;
    })
    .join('; ');
}

/** A 2xx body → validated output, or a typed error (malformed / an error code carried in a 200). */
export function parseSuccess<T>(
  ctx: ResponseContext,
  text: string,
  schema: v.GenericSchema<unknown, T>,
  allowEmpty: boolean,
): T {
  let value: unknown;
  if (text.trim() === '') {
    if (!allowEmpty) throw malformed(ctx, 'empty response body');
    value = {};
  } else {
    const parsed = tryParseJson(text);
    if (!parsed.ok) throw malformed(ctx, 'response is not valid JSON (truncated or corrupt)');
    value = parsed.value;
  }
  // Every BSS/IAM answer is a JSON object; arrays would slip through schemas whose keys are all optional.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw malformed(ctx, 'response is not a JSON object');
  }
  const errorBody = readErrorBody(value);
  // Some APIs answer HTTP 200 with an error code (e.g. CBC.5001 "not a partner"); "CBC.0000" means success.
  if (errorBody && errorBody.code !== 'CBC.0000') throw httpError(ctx, text);
  const result = v.safeParse(schema, value);
  if (!result.success) throw malformed(ctx, `unexpected response shape (${describeIssues(result.issues)})`);
  return result.output;
}
