/**
 * A security e2e file's own world: its sandbox (with the options it needs), the production build in Chromium on
 * top of it, and the sandbox partner configured through messages and synced, so every surface has API data.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SandboxCustomer, Site } from '../../sandbox/bss/index';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';
import type { ExtensionSession } from '../harness';
import { configureByMessages } from '../money/flow';
import { useExtension } from '../suite';
import { syncStatus } from '../sync/flow';

export interface SyncedWorld {
  sandbox: Sandbox;
  extension: ExtensionSession;
  /** The options page the account was configured in (kept open for messages to the background). */
  options: Page;
  customer(id: string): SandboxCustomer;
}

/** `beforeConfigure` runs once the browser is up, before the account exists (e.g. to instrument the worker). */
export function useSyncedExtension(
  site: Site,
  options: SandboxOptions,
  beforeConfigure?: (extension: ExtensionSession) => Promise<void>,
): () => SyncedWorld {
  const state = {} as { sandbox: Sandbox; options: Page };
  beforeAll(async () => {
    state.sandbox = await startSandbox(options);
  });
  // Registered first, so it runs after the browser has closed.
  afterAll(async () => state.sandbox?.close());
  const extension = useExtension({ sandboxPort: () => state.sandbox.info.port });
  beforeAll(async () => {
    const account = state.sandbox.info.accounts.find((a) => a.site === site && !a.securityToken);
    if (!account) throw new Error(`no ${site} account in the sandbox`);
    await beforeConfigure?.(extension());
    state.options = await extension().openExtensionPage('options.html');
    await configureByMessages(state.options, account);
    // expect.poll is for tests only; a hook waits by hand.
    const deadline = Date.now() + 60_000;
    while ((await syncStatus(state.options)).lastSuccessAt === null) {
      if (Date.now() > deadline) throw new Error('the first sync did not finish within 60 s');
      await new Promise((r) => setTimeout(r, 500));
    }
  });
  return () => ({
    sandbox: state.sandbox,
    extension: extension(),
    options: state.options,
    customer(id) {
      const c = state.sandbox.bss.dataset.sites[site].byId.get(id);
      if (!c) throw new Error(`no ${site} customer ${id}`);
      return c;
    },
  });
}
