/**
 * Fault injection, switchable at runtime. A rule fires on matching requests (by operation and site), optionally
 * after `skip` matches and at most `count` times. Phase "before" = the operation is NOT applied (nothing moved);
 * phase "after" = the operation ran (money moved) and then the response goes wrong — the exactly-once test cases.
 */
import { NO_SUBJECT, type RequestSubject } from './fault-subject';
import type { Site } from './types';

export type FaultKind =
  /** Adds delayMs before handling; does not end the request. */
  | 'latency'
  /** `{error_code, error_msg}` with `status` (e.g. a burst of 503s or 429s, optional Retry-After). */
  | 'error'
  /** Any status/content-type/body, e.g. an HTML error page or a 200 with an error body. */
  | 'raw'
  /** No response for delayMs (default 30 s), then the connection is dropped. */
  | 'hang'
  /** Connection destroyed at once without a response. */
  | 'reset'
  /** 200 JSON content-type with a syntactically broken body (phase after). */
  | 'malformed-json'
  /** Content-Length of the full body, half of it sent, connection dropped (phase after). */
  | 'truncated'
  /** The real response with numbers as strings and strings as numbers (phase after). */
  | 'wrong-types'
  /** Headers at once, body dribbled over delayMs (default 5 s) (phase after). */
  | 'slow-body'
  /** The real body under a non-JSON content-type (`contentType`, default text/html) (phase after). */
  | 'wrong-content-type'
  /** The real body padded with whitespace to `bytes` (default 10 MB), so it parses only if read whole (phase after). */
  | 'huge-body'
  /** The real response with every amount-like field set to "NaN" (phase after). */
  | 'nan-amounts'
  /** The real response with every amount-like field negative (phase after). */
  | 'negative-amounts';

export interface FaultRule {
  kind: FaultKind;
  /** Operation names (e.g. "UpdateCustomerAccountAmount"); absent = every operation. */
  operations?: string[];
  sites?: Site[];
  /** Only requests for this page of a list: the request's `offset` (JSON body or query; absent = 0). */
  offset?: number;
  /** Customer ids (the request's customer_id / customer_ids); absent = any request. Lets tests run side by side. */
  customers?: string[];
  /** For error/raw/hang/reset: "before" (default; not applied) or "after" (applied, then the fault). */
  phase?: 'before' | 'after';
  /** Fires at most this many times; absent = unlimited. */
  count?: number;
  /** Lets this many matching requests through first. */
  skip?: number;
  delayMs?: number;
  status?: number;
  errorCode?: string;
  errorMsg?: string;
  /** Retry-After header value (seconds) for error faults. */
  retryAfter?: number;
  body?: string;
  contentType?: string;
  /** Body size for huge-body. */
  bytes?: number;
}

export interface FaultConfig {
  /** Delay added to every BSS/IAM response, ms. */
  latencyMs?: number;
  /** How long a money operation holds its customer's lock before applying (overlapping calls get CBC.99007461). */
  applyDelayMs?: number;
  rules?: FaultRule[];
}

/** Kinds that mangle or cut the real answer, so they always act after the server handled the request. */
const AFTER_ONLY: readonly FaultKind[] = [
  'malformed-json',
  'truncated',
  'wrong-types',
  'slow-body',
  'wrong-content-type',
  'huge-body',
  'nan-amounts',
  'negative-amounts',
];
const KINDS: readonly FaultKind[] = ['latency', 'error', 'raw', 'hang', 'reset', ...AFTER_ONLY];

export function phaseOf(rule: FaultRule): 'before' | 'after' {
  if (AFTER_ONLY.includes(rule.kind)) return 'after';
  if (rule.kind === 'latency') return 'before';
  return rule.phase ?? 'before';
}

interface LiveRule {
  rule: FaultRule;
  skipped: number;
  fired: number;
}

export class Faults {
  private config: FaultConfig = {};
  private live: LiveRule[] = [];

  set(config: FaultConfig): void {
    this.config = config;
    this.live = (config.rules ?? []).map((rule) => ({ rule, skipped: 0, fired: 0 }));
  }

  get latencyMs(): number {
    return this.config.latencyMs ?? 0;
  }

  get applyDelayMs(): number {
    return this.config.applyDelayMs ?? 0;
  }

  /** Sum of matching latency rules (each counts as fired). */
  latencyFor(operation: string, site: Site, subject: RequestSubject = NO_SUBJECT): number {
    let total = this.latencyMs;
    for (const r of this.live)
      if (r.rule.kind === 'latency' && this.consume(r, operation, site, subject)) total += r.rule.delayMs ?? 0;
    return total;
  }

  /** The first terminal rule of that phase matching the request, consumed; null when none fires. */
  take(
    operation: string,
    site: Site,
    phase: 'before' | 'after',
    subject: RequestSubject = NO_SUBJECT,
  ): FaultRule | null {
    for (const r of this.live) {
      if (r.rule.kind === 'latency' || phaseOf(r.rule) !== phase) continue;
      if (this.consume(r, operation, site, subject)) return r.rule;
    }
    return null;
  }

  private consume(r: LiveRule, operation: string, site: Site, subject: RequestSubject): boolean {
    const { rule } = r;
    if (rule.operations && !rule.operations.includes(operation)) return false;
    if (rule.sites && !rule.sites.includes(site)) return false;
    if (rule.offset !== undefined && rule.offset !== subject.offset) return false;
    if (rule.customers && !subject.customers.some((id) => rule.customers?.includes(id))) return false;
    if (rule.count !== undefined && r.fired >= rule.count) return false;
    if (r.skipped < (rule.skip ?? 0)) {
      r.skipped++;
      return false;
    }
    r.fired++;
    return true;
  }
}

/** Validates a FaultConfig received as JSON on the control plane; returns an error text or the config. */
export function parseFaultConfig(input: unknown): FaultConfig | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'expected a JSON object';
  const o = input as Record<string, unknown>;
  const out: FaultConfig = {};
  for (const key of ['latencyMs', 'applyDelayMs'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || v < 0) return `${key} must be a non-negative number`;
    out[key] = v;
  }
  if (o.rules !== undefined) {
    if (!Array.isArray(o.rules)) return 'rules must be an array';
    const rules: FaultRule[] = [];
    for (const raw of o.rules) {
      const rule = parseRule(raw);
      if (typeof rule === 'string') return rule;
      rules.push(rule);
    }
    out.rules = rules;
  }
  return out;
}

function parseRule(raw: unknown): FaultRule | string {
  if (typeof raw !== 'object' || raw === null) return 'each rule must be an object';
  const r = raw as Record<string, unknown>;
  const kind = KINDS.find((k) => k === r.kind);
  if (!kind) return `rule.kind must be one of ${KINDS.join(', ')}`;
  const rule: FaultRule = { kind };
  const strList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (r.operations !== undefined) {
    if (!strList(r.operations)) return 'rule.operations must be an array of strings';
    rule.operations = r.operations;
  }
  if (r.sites !== undefined) {
    if (!strList(r.sites) || !r.sites.every((s) => s === 'cn' || s === 'intl')) return 'rule.sites must be cn/intl';
    rule.sites = r.sites.filter((s): s is Site => s === 'cn' || s === 'intl');
  }
  if (r.customers !== undefined) {
    if (!strList(r.customers)) return 'rule.customers must be an array of strings';
    rule.customers = r.customers;
  }
  if (r.phase !== undefined) {
    if (r.phase !== 'before' && r.phase !== 'after') return 'rule.phase must be before or after';
    rule.phase = r.phase;
  }
  for (const key of ['count', 'skip', 'offset', 'delayMs', 'status', 'retryAfter', 'bytes'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `rule.${key} must be a non-negative number`;
    rule[key] = v;
  }
  for (const key of ['errorCode', 'errorMsg', 'body', 'contentType'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') return `rule.${key} must be a string`;
    rule[key] = v;
  }
  return rule;
}
