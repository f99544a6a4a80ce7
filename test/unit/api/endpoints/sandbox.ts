/** Runs the real client against the BSS sandbox (plain HTTP on 127.0.0.1). */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type BssTestServer, type SandboxAccount, startBssTestServer } from '@/test/sandbox/bss/index';
import { type BssClient, type ClientOptions, createClient } from '@/utils/api/client';

export interface SandboxHarness {
  server: BssTestServer;
  account: SandboxAccount;
  client: (extra?: Partial<ClientOptions>, account?: SandboxAccount) => BssClient;
  /** Requests the sandbox saw for one operation. */
  requestsOf: (operation: string) => BssTestServer['sandbox']['requests'];
}

/** Starts one sandbox per test file; the dataset and logs are reset before each test. */
export function useSandbox(site: 'cn' | 'intl', options: { customers?: number } = {}): SandboxHarness {
  const harness = {} as SandboxHarness;
  beforeAll(async () => {
    harness.server = await startBssTestServer({ site, seed: 7, customers: options.customers ?? 250 });
    harness.account = harness.server.sandbox.accounts[site];
    harness.client = (extra = {}, account = harness.account) =>
      createClient({
        credentials: { ...account, site },
        baseUrls: { bss: harness.server.baseUrl, iam: harness.server.iamBaseUrl },
        // Short backoff keeps retry tests fast; the policy shape is the production one.
        retry: { baseMs: 20, throttledMinMs: 200 },
        ...extra,
      });
    harness.requestsOf = (operation) => harness.server.sandbox.requests.filter((r) => r.operation === operation);
  });
  beforeEach(() => harness.server.sandbox.reset());
  afterAll(() => harness.server.close());
  return harness;
}

export { failure } from '../helpers';
