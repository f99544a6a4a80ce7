/** Test doubles for the API client: a scripted fetch, a virtual clock, and canned credentials. */
import { type ClientOptions, createClient } from '@/utils/api/client';
import { ApiError } from '@/utils/api/errors';
import type { FetchLike } from '@/utils/api/transport';

export interface SeenRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export type Handler = (req: SeenRequest, callNo: number) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function fakeFetch(handler: Handler): FetchLike & { calls: SeenRequest[] } {
  const calls: SeenRequest[] = [];
  const fn = async (url: string, init: RequestInit) => {
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const req: SeenRequest = {
      url: new URL(url),
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    calls.push(req);
    const signal = init.signal;
    signal?.throwIfAborted();
    return handler(req, calls.length);
  };
  return Object.assign(fn, { calls });
}

/** A virtual clock: sleep advances it instantly. */
export function virtualTime(start = Date.UTC(2025, 0, 15, 8, 0, 0)) {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

export const CREDS = {
  ak: 'AKTESTAKTESTAKTEST01',
  sk: 'SKsecretSKsecretSKsecretSKsecret00000001',
  securityToken: 'TOKENsecretTOKENsecretTOKEN',
  domainId: '0123456789abcdef0123456789abcdef',
  site: 'cn' as const,
};

export function testClient(fetch: FetchLike, extra: Partial<ClientOptions> = {}) {
  const clock = virtualTime();
  const client = createClient({
    credentials: CREDS,
    baseUrls: { bss: 'https://bss.test', iam: 'https://iam.test' },
    fetch,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...extra,
  });
  return { client, clock };
}

/** The ApiError `promise` rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}
