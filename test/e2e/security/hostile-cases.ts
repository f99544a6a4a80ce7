/**
 * G6 cases: hostile answers (the sandbox's fault rules) × the calls the extension makes after a good sync.
 * Each answer must be refused as a whole with a typed error; `kinds` says which ApiError kinds are right.
 */

import type { SyncJobId } from '../../../utils/messages/sync';
import type { FaultRule } from '../../sandbox/bss/faults';

export type FailureKind = 'malformed' | 'server' | 'unavailable';

export interface HostileAnswer {
  name: string;
  rule: Omit<FaultRule, 'operations'>;
  /**
   * ApiError kinds that correctly describe it. A transient answer (cut-off body, 5xx) is retried, and five in a row
   * open the host's circuit breaker: the user then reads 'unavailable', which is right too.
   */
  kinds: readonly FailureKind[];
  /** Only meaningful where the answer carries amounts. */
  needs?: 'amounts' | 'non-negative-amounts';
  /** Too slow for CI (100 MB over loopback TLS): soak only. */
  soakOnly?: boolean;
}

const json = 'application/json;charset=UTF-8';
const MB = 1024 * 1024;

export const ANSWERS: readonly HostileAnswer[] = [
  { name: 'malformed JSON', rule: { kind: 'malformed-json' }, kinds: ['malformed'] },
  { name: 'truncated body', rule: { kind: 'truncated' }, kinds: ['malformed', 'unavailable'] },
  { name: 'wrong types', rule: { kind: 'wrong-types' }, kinds: ['malformed'] },
  { name: 'HTML error page (502)', rule: { kind: 'raw', status: 502 }, kinds: ['server', 'unavailable'] },
  {
    name: 'HTML page with 200',
    rule: { kind: 'raw', status: 200, body: '<!doctype html><title>Login</title><p>Please sign in</p>' },
    kinds: ['malformed'],
  },
  {
    name: '200 with an error body',
    rule: { kind: 'raw', status: 200, contentType: json, body: '{"error_code":"CBC.0999","error_msg":"System error"}' },
    kinds: ['server'],
  },
  { name: 'valid JSON under a wrong content-type', rule: { kind: 'wrong-content-type' }, kinds: ['malformed'] },
  { name: '10 MB body', rule: { kind: 'huge-body', bytes: 10 * MB }, kinds: ['malformed'] },
  { name: '100 MB body', rule: { kind: 'huge-body', bytes: 100 * MB }, kinds: ['malformed'], soakOnly: true },
  { name: 'NaN amounts', rule: { kind: 'nan-amounts' }, kinds: ['malformed'], needs: 'amounts' },
  {
    name: 'negative amounts',
    rule: { kind: 'negative-amounts' },
    kinds: ['malformed'],
    needs: 'non-negative-amounts',
  },
  {
    name: 'nulls everywhere',
    rule: {
      kind: 'raw',
      status: 200,
      contentType: json,
      body: JSON.stringify({
        count: null,
        total_count: null,
        customer_infos: null,
        customer_balances: null,
        account_balances: null,
        quota_infos: null,
        user_coupons: null,
      }),
    },
    kinds: ['malformed'],
  },
  { name: 'missing fields', rule: { kind: 'raw', status: 200, contentType: json, body: '{}' }, kinds: ['malformed'] },
  { name: 'empty 200', rule: { kind: 'raw', status: 200, contentType: json, body: '' }, kinds: ['malformed'] },
  { name: 'JSON array root', rule: { kind: 'raw', status: 200, contentType: json, body: '[]' }, kinds: ['malformed'] },
];

export interface CallTarget {
  name: string;
  operation: string;
  /** A sync job started with "sync now", or the live check made when a money action is confirmed. */
  via: { job: SyncJobId } | 'money-check';
  amounts: 'none' | 'any' | 'non-negative';
}

/** China calls after the first sync; each is the first call of its job, so nothing was written before it. */
export const TARGETS: readonly CallTarget[] = [
  { name: 'customer list refresh', operation: 'ListSubCustomers', via: { job: 'customers' }, amounts: 'none' },
  { name: 'balances', operation: 'ListCustomersBalancesDetail', via: { job: 'money' }, amounts: 'non-negative' },
  { name: 'voucher quotas', operation: 'ListQuotaCoupons', via: { job: 'vouchers' }, amounts: 'non-negative' },
  { name: 'partner balances', operation: 'ListPartnerBalances', via: { job: 'vouchers' }, amounts: 'any' },
  {
    name: 'allocation pre-check read',
    operation: 'ListCustomersBalancesDetail',
    via: 'money-check',
    amounts: 'non-negative',
  },
];

export interface HostileCase {
  answer: HostileAnswer;
  target: CallTarget;
}

function fits(a: HostileAnswer, t: CallTarget): boolean {
  if (a.needs === 'amounts') return t.amounts !== 'none';
  if (a.needs === 'non-negative-amounts') return t.amounts === 'non-negative';
  return true;
}

/**
 * `n` cases spread over answers and targets: walking the answers in order with the target rotating, so even a
 * small n covers every target and the most distinct answers.
 */
export function pickCases(n: number, soak: boolean): HostileCase[] {
  const answers = ANSWERS.filter((a) => soak || !a.soakOnly);
  const all: HostileCase[] = [];
  for (let round = 0; round < TARGETS.length; round++) {
    answers.forEach((answer, i) => {
      const target = TARGETS[(i + round) % TARGETS.length] as CallTarget;
      if (fits(answer, target)) all.push({ answer, target });
    });
  }
  return all.slice(0, n);
}
