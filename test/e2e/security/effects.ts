/** Snapshots of everything a privileged message could change, for "0 privileged effects" (G11). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { send } from '../money/flow';
import { dumpExtensionPage } from './dump';

export type PrivilegedState = Awaited<ReturnType<typeof privilegedState>>;

/**
 * The sandbox's money ledger and request log, all extension storage (settings, vault, cache, money journal) and
 * the vault's state. `meta.statusCount` is left out: `app.status` (allowed from content scripts) counts its
 * answers there.
 */
export async function privilegedState(sandbox: Sandbox, options: Page) {
  const dump = JSON.parse(await dumpExtensionPage(options)) as { idb: Record<string, { meta?: { key: string }[] }> };
  for (const db of Object.values(dump.idb)) db.meta = db.meta?.filter((m) => m.key !== 'statusCount');
  const vault = (await send(options, 'vault.state', {})) as { value?: unknown };
  return {
    ledger: sandbox.bss.ledger.length,
    requests: sandbox.bss.requests.length,
    storage: dump,
    vault: vault.value,
  };
}

/** The state once it stops changing (the real content script stores the figures its page shows). */
export async function settledState(sandbox: Sandbox, options: Page): Promise<PrivilegedState> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await privilegedState(sandbox, options));
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(true);
  return JSON.parse(last) as PrivilegedState;
}
