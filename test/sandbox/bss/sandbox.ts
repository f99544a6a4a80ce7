/**
 * The BSS/IAM stand-in: gateway checks (route, signature, clock, domain, throttle), fault injection, the route
 * handlers, and the request log and money ledger that tests assert on.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseQuery } from './canonical';
import { makeContext } from './context';
import { handleControl } from './control';
import { ApiError, errorBody, errors } from './errors';
import { requestSubject } from './fault-subject';
import { type FaultConfig, Faults } from './faults';
import { accountsFor, generateDataset } from './generate/index';
import { Params } from './params';
import { jsonBody, parseBodyForRecord, readBody } from './request-body';
import { deliver, deliverRaw, hang, type Outcome, reset, sleep } from './respond';
import { findRoute } from './routes/index';
import { Throttle } from './throttle';
import type { Dataset, HostKind, LedgerEntry, RecordedRequest, SandboxAccount, Site } from './types';
import { authenticate } from './verify-signature';

export interface BssSandboxOptions {
  seed?: number;
  /** Customers per site (max 100,000). Default 200. */
  customers?: number;
  /** Issued coupons on the China site (exactly); default about 0.45 per customer. */
  coupons?: number;
  /** Requests per second per account and operation; ≤ 0 disables throttling. Default 10. */
  rateLimitPerSecond?: number;
  /** Added to the real clock for the gateway's time checks, the Date header and timestamps. */
  clockOffsetMs?: number;
  /** Instant the generated data is relative to. Default: start of the current UTC day. */
  now?: number;
  /** Names for the first customers of each site (see GenerateOptions.hostileNames). */
  hostileNames?: readonly string[];
}

export interface BssSandbox {
  accounts: { cn: SandboxAccount; intl: SandboxAccount };
  /** Temporary (STS) credentials of the same partners; requests must carry the signed X-Security-Token. */
  temporaryAccounts: { cn: SandboxAccount; intl: SandboxAccount };
  readonly dataset: Dataset;
  requests: RecordedRequest[];
  ledger: LedgerEntry[];
  setFaults(f: FaultConfig): void;
  setClockOffset(ms: number): void;
  setRateLimit(perSecond: number): void;
  /** Server time in ms (real clock + offset). */
  now(): number;
  /** Called after each BSS/IAM request got its response (or was hung up/reset); returns an unsubscribe function. */
  onRequestDone(listener: (r: RecordedRequest) => void): () => void;
  reset(): void;
  handle(req: IncomingMessage, res: ServerResponse, site: Site, kind: HostKind): Promise<void>;
}

export function createBssSandbox(opts: BssSandboxOptions = {}): BssSandbox {
  const seed = opts.seed ?? 1;
  const customers = opts.customers ?? 200;
  const rate = opts.rateLimitPerSecond ?? 10;
  const cn = accountsFor(seed, 'cn');
  const intl = accountsFor(seed, 'intl');
  const allAccounts = [cn.account, intl.account, cn.temporaryAccount, intl.temporaryAccount];
  const faults = new Faults();
  const throttle = new Throttle(rate);
  const locks = new Set<string>();
  const listeners = new Set<(r: RecordedRequest) => void>();
  let clockOffset = opts.clockOffsetMs ?? 0;
  let dataset = generateDataset({
    seed,
    customers,
    coupons: opts.coupons,
    now: opts.now,
    hostileNames: opts.hostileNames,
  });
  let ledgerSeq = 0;

  const sandbox: BssSandbox = {
    accounts: { cn: cn.account, intl: intl.account },
    temporaryAccounts: { cn: cn.temporaryAccount, intl: intl.temporaryAccount },
    get dataset() {
      return dataset;
    },
    requests: [],
    ledger: [],
    setFaults: (f) => faults.set(f),
    setClockOffset: (ms) => {
      clockOffset = ms;
    },
    setRateLimit: (perSecond) => throttle.setRate(perSecond),
    now: () => Date.now() + clockOffset,
    onRequestDone(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      sandbox.requests.length = 0;
      sandbox.ledger.length = 0;
      ledgerSeq = 0;
      faults.set({});
      throttle.reset();
      locks.clear();
      dataset = generateDataset({
        seed,
        customers,
        coupons: opts.coupons,
        now: opts.now,
        hostileNames: opts.hostileNames,
      });
    },
    handle,
  };

  async function handle(req: IncomingMessage, res: ServerResponse, site: Site, kind: HostKind): Promise<void> {
    const record = await serve(req, res, site, kind);
    if (record) for (const l of listeners) l(record);
  }

  /** Handles one request; returns its record (null for control-plane requests, which are not recorded). */
  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    site: Site,
    kind: HostKind,
  ): Promise<RecordedRequest | null> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
    if (rawPath.startsWith('/__sandbox/')) {
      await handleControl(sandbox, req, res, site, rawPath, rawQuery);
      return null;
    }

    const requestId = randomBytes(16).toString('hex');
    const method = (req.method ?? 'GET').toUpperCase();
    const intent = req.headers['x-sandbox-intent-id'];
    const record: RecordedRequest = {
      requestId,
      time: sandbox.now(),
      site,
      kind,
      method,
      path: rawPath,
      query: {},
      operation: null,
      status: 0,
      body: null,
      moneyMoved: false,
      ...(typeof intent === 'string' ? { intentId: intent } : {}),
    };
    sandbox.requests.push(record);
    const headers = () => ({ date: new Date(sandbox.now()).toUTCString(), 'x-request-id': requestId });

    const { body, tooLarge } = await readBody(req);
    record.body = parseBodyForRecord(body);
    let outcome: Outcome;
    let afterFault = null;
    try {
      if (tooLarge) throw errors.tooLarge();
      let query: Record<string, string[]>;
      try {
        query = parseQuery(rawQuery);
      } catch {
        throw errors.paramError('malformed percent-encoding in the query string');
      }
      record.query = query;
      const route = findRoute(kind, site, method, rawPath);
      if (!route) throw errors.unknownApi();
      record.operation = route.operation;
      const account = authenticate({
        method,
        rawPath,
        query,
        headers: req.headers,
        body,
        now: sandbox.now(),
        accounts: allAccounts.filter((a) => a.site === site),
        requireDomain: kind === 'bss',
      });
      if (!throttle.allow(`${site}|${account.domainId}|${route.operation}`, Date.now())) throw errors.throttled();

      const subject = requestSubject(query, record.body);
      const delay = faults.latencyFor(route.operation, site, subject);
      if (delay > 0) await sleep(delay);
      const before = faults.take(route.operation, site, 'before', subject);
      if (before) {
        record.fault = before.kind;
        record.status = await applyTerminal(res, before, headers(), requestId);
        return record;
      }

      const params = method === 'GET' ? Params.query(query) : Params.body(jsonBody(body));
      const deps = {
        dataset,
        now: sandbox.now,
        ledger: sandbox.ledger,
        nextSeq: () => ++ledgerSeq,
        locks,
        applyDelayMs: faults.applyDelayMs,
      };
      const ctx = makeContext(deps, { site, params, query, record });
      const result = await route.handle(ctx);
      outcome = { status: result.status ?? 200, body: result.body };
      afterFault = faults.take(route.operation, site, 'after', subject);
    } catch (e) {
      const err = e instanceof ApiError ? e : errors.internal(e instanceof Error ? e.message : String(e));
      outcome = { status: err.status, body: errorBody(err, requestId) };
      record.errorCode = err.code;
      if (record.operation)
        afterFault = faults.take(record.operation, site, 'after', requestSubject(record.query, record.body));
    }
    if (afterFault) record.fault = afterFault.kind;
    if (afterFault && ['error', 'raw', 'hang', 'reset'].includes(afterFault.kind)) {
      record.status = await applyTerminal(res, afterFault, headers(), requestId);
      return record;
    }
    record.status = await deliver(res, outcome, headers(), afterFault);
    return record;
  }

  async function applyTerminal(
    res: ServerResponse,
    rule: NonNullable<ReturnType<Faults['take']>>,
    headers: Record<string, string>,
    requestId: string,
  ): Promise<number> {
    if (rule.kind === 'hang') {
      await hang(res, rule.delayMs ?? 30_000);
      return 0;
    }
    if (rule.kind === 'reset') {
      reset(res);
      return 0;
    }
    return deliverRaw(res, rule, headers, requestId);
  }

  return sandbox;
}
